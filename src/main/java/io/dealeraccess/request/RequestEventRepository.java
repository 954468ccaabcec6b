package io.dealeraccess.request;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestEventRepository extends JpaRepository<RequestEvent, Long> {

  List<RequestEvent> findByRequestIdOrderByOccurredAtAscIdAsc(Long requestId);

  List<RequestEvent> findByRequestIdAndEventTypeInOrderByOccurredAtAscIdAsc(Long requestId,
      Collection<String> eventTypes);
}
