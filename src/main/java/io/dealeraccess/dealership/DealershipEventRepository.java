package io.dealeraccess.dealership;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DealershipEventRepository extends JpaRepository<DealershipEvent, Long> {

  List<DealershipEvent> findByPdnOrderByOccurredAtAscIdAsc(String pdn);
}
