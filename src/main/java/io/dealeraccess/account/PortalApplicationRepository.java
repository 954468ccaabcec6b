package io.dealeraccess.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PortalApplicationRepository extends JpaRepository<PortalApplication, String> {

  List<PortalApplication> findAllByOrderBySortOrder();
}
