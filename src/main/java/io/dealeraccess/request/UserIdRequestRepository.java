package io.dealeraccess.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserIdRequestRepository extends JpaRepository<UserIdRequest, Long> {

  Optional<UserIdRequest> findByReference(String reference);

  Optional<UserIdRequest> findBySubmissionKey(String submissionKey);

  List<UserIdRequest> findByUserIdOrderBySubmittedAtDesc(String userId);

  List<UserIdRequest> findTop10ByUserIdOrEmailOrderBySubmittedAtDesc(String userId, String email);

  List<UserIdRequest> findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThan(Instant from, Instant to);

  boolean existsByUserIdAndRequestTypeAndStatusIn(String userId, RequestType type, Collection<RequestStatus> statuses);

  boolean existsByUserIdAndRequestTypeAndStatusInAndIdNot(String userId, RequestType type,
      Collection<RequestStatus> statuses, Long id);

  boolean existsByEmailAndPdnAndRequestTypeAndStatusInAndIdNot(String email, String pdn, RequestType type,
      Collection<RequestStatus> statuses, Long id);
}
