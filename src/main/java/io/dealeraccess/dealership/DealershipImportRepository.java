package io.dealeraccess.dealership;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DealershipImportRepository extends JpaRepository<DealershipImport, Long> {

  /** The upload, locked until the end of the transaction: two clicks on Import (or two nodes) import it once. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from DealershipImport i where i.id = :id")
  Optional<DealershipImport> findForUpdate(Long id);
}
