package io.dealeraccess.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DealerUserRepository extends JpaRepository<DealerUser, Long> {

  Optional<DealerUser> findByUserId(String userId);

  boolean existsByUserId(String userId);

  boolean existsByEmailAndPdnAndStatusNot(String email, String pdn, DealerUserStatus status);

  @Query("select u.userId from DealerUser u where u.userId in :userIds")
  List<String> findTaken(@Param("userIds") Collection<String> userIds);

  /** Each person (email in lower case) with an ID at one of these PDNs that is not deactivated: "email pdn". */
  @Query("select concat(lower(u.email), ' ', u.pdn) from DealerUser u where u.pdn in :pdns"
      + " and u.status <> io.dealeraccess.account.DealerUserStatus.DEACTIVATED")
  List<String> findPeopleAt(@Param("pdns") Collection<String> pdns);

  /** The user ID this address holds at this PDN, the address in any case; a deactivated ID does not count. */
  @Query("select u from DealerUser u where lower(u.email) = lower(:email) and u.pdn = :pdn"
      + " and u.status <> io.dealeraccess.account.DealerUserStatus.DEACTIVATED")
  List<DealerUser> findHeldAt(@Param("email") String email, @Param("pdn") String pdn);

  /** Active IDs whose last login (or, never logged in, activation) is at or before {@code cutoff}: one batch. */
  @Query("select u from DealerUser u where u.status = io.dealeraccess.account.DealerUserStatus.ACTIVE"
      + " and coalesce(u.lastLoginAt, u.activatedAt) <= :cutoff order by u.id")
  List<DealerUser> findActiveIdleSince(@Param("cutoff") Instant cutoff, Pageable batch);

  /**
   * Active IDs last used at or before {@code warnCutoff} and after {@code inactiveCutoff}, not yet warned for that
   * last use: one batch.
   */
  @Query("select u from DealerUser u where u.status = io.dealeraccess.account.DealerUserStatus.ACTIVE"
      + " and coalesce(u.lastLoginAt, u.activatedAt) <= :warnCutoff"
      + " and coalesce(u.lastLoginAt, u.activatedAt) > :inactiveCutoff"
      + " and (u.idleWarnedFor is null or u.idleWarnedFor <> coalesce(u.lastLoginAt, u.activatedAt)) order by u.id")
  List<DealerUser> findToWarn(@Param("warnCutoff") Instant warnCutoff,
      @Param("inactiveCutoff") Instant inactiveCutoff, Pageable batch);

  /** The IDs at a PDN that are not deactivated (ACTIVE or INACTIVE), in user ID order, a page at a time. */
  @Query("select u from DealerUser u where u.pdn = :pdn"
      + " and u.status <> io.dealeraccess.account.DealerUserStatus.DEACTIVATED order by u.userId")
  List<DealerUser> findNotDeactivatedAt(@Param("pdn") String pdn, Pageable page);

  @Query("select count(u) from DealerUser u where u.pdn = :pdn"
      + " and u.status <> io.dealeraccess.account.DealerUserStatus.DEACTIVATED")
  long countNotDeactivatedAt(@Param("pdn") String pdn);

  /**
   * Use of the ID now, without its version: two applications signing the dealer in at the same moment both count,
   * neither fails on the other's change.
   */
  @org.springframework.data.jpa.repository.Modifying
  @Query("update DealerUser u set u.lastLoginAt = :at where u.id = :id")
  int recordUse(@Param("id") Long id, @Param("at") Instant at);
}
