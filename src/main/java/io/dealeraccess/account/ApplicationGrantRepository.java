package io.dealeraccess.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationGrantRepository extends JpaRepository<ApplicationGrant, Long> {

  List<ApplicationGrant> findByDealerUserId(Long dealerUserId);

  Optional<ApplicationGrant> findByDealerUserIdAndApplicationCode(Long dealerUserId, String applicationCode);
}
