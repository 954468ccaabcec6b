package io.dealeraccess.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationGrantRepository extends JpaRepository<ApplicationGrant, Long> {

  List<ApplicationGrant> findByDealerUserId(Long dealerUserId);
}
