package io.dealeraccess.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DealerUserRepository extends JpaRepository<DealerUser, Long> {

  Optional<DealerUser> findByUserId(String userId);

  boolean existsByUserId(String userId);

  boolean existsByEmailAndPdnAndStatusNot(String email, String pdn, DealerUserStatus status);
}
