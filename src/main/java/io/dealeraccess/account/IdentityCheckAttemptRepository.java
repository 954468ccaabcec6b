package io.dealeraccess.account;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdentityCheckAttemptRepository extends JpaRepository<IdentityCheckAttempt, Long> {

  java.util.Optional<IdentityCheckAttempt> findFirstByDealerUserIdOrderByCheckedAtDescIdDesc(Long dealerUserId);

  long countByDealerUserIdAndMatchedFalseAndCheckedAtAfter(Long dealerUserId, Instant since);
}
