package io.dealeraccess.account;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecoveryRequestRepository extends JpaRepository<RecoveryRequest, Long> {

  long countByKindAndEmailAndOutcomeInAndOccurredAtAfter(RecoveryRequest.Kind kind, String email,
      Collection<String> outcomes, Instant after);

  long countByKindAndDealerUserIdAndOutcomeInAndOccurredAtAfter(RecoveryRequest.Kind kind, Long dealerUserId,
      Collection<String> outcomes, Instant after);
}
