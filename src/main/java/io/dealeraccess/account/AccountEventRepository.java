package io.dealeraccess.account;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountEventRepository extends JpaRepository<AccountEvent, Long> {

  List<AccountEvent> findByDealerUserIdOrderByOccurredAtAscIdAsc(Long dealerUserId);

  long countByDealerUserIdAndEventTypeAndOccurredAtAfter(Long dealerUserId, String eventType, Instant after);
}
