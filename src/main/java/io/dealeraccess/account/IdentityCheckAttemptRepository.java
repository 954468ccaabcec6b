package io.dealeraccess.account;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdentityCheckAttemptRepository extends JpaRepository<IdentityCheckAttempt, Long> {

  long countByDealerUserIdAndMatchedFalseAndCheckedAtAfter(Long dealerUserId, Instant since);
}
