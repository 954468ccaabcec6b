package io.dealeraccess.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DealerUserRepository extends JpaRepository<DealerUser, Long> {

  Optional<DealerUser> findByUserId(String userId);

  boolean existsByUserId(String userId);

  boolean existsByEmailAndPdnAndStatusNot(String email, String pdn, DealerUserStatus status);

  /** Active IDs whose last login (or, never logged in, activation) is at or before {@code cutoff}. */
  @Query("select u from DealerUser u where u.status = io.dealeraccess.account.DealerUserStatus.ACTIVE"
      + " and coalesce(u.lastLoginAt, u.activatedAt) <= :cutoff order by u.userId")
  List<DealerUser> findActiveIdleSince(@Param("cutoff") Instant cutoff);
}
