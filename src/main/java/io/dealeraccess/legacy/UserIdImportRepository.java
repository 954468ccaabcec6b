package io.dealeraccess.legacy;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserIdImportRepository extends JpaRepository<UserIdImport, Long> {

  /** The upload, locked until the end of the transaction: two clicks on Import (or two nodes) import it once. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from UserIdImport i where i.id = :id")
  Optional<UserIdImport> findForUpdate(Long id);
}
