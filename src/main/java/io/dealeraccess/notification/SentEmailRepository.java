package io.dealeraccess.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SentEmailRepository extends JpaRepository<SentEmail, Long> {

  boolean existsByDedupKey(String dedupKey);

  List<SentEmail> findByRequestIdOrderBySentAtAsc(Long requestId);
}
