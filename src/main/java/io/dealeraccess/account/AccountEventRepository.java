package io.dealeraccess.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountEventRepository extends JpaRepository<AccountEvent, Long> {

  List<AccountEvent> findByDealerUserIdOrderByOccurredAtAscIdAsc(Long dealerUserId);
}
