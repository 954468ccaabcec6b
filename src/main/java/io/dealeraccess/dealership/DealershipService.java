package io.dealeraccess.dealership;

import io.dealeraccess.UploadedFile;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The PDN registry's public face. */
@Service
@Transactional(readOnly = true)
public class DealershipService {

  private final DealershipRepository dealerships;

  DealershipService(DealershipRepository dealerships) {
    this.dealerships = dealerships;
  }

  /** The dealership with this PDN if it exists and is active; unknown and inactive PDNs look the same to callers. */
  public Optional<Dealership> findActive(String pdn) {
    if (pdn == null) {
      return Optional.empty();
    }
    return dealerships.findById(pdn).filter(Dealership::isActive);
  }

  /** Of these PDNs, the ones of active dealerships: a query per thousand. */
  public Set<String> activeOf(List<String> pdns) {
    Set<String> active = new HashSet<>();
    UploadedFile.inChunks(pdns).forEach(chunk -> dealerships.findAllById(chunk).stream().filter(Dealership::isActive)
        .map(Dealership::getPdn).forEach(active::add));
    return active;
  }

  public Optional<Dealership> find(String pdn) {
    return pdn == null ? Optional.empty() : dealerships.findById(pdn);
  }

  @Transactional
  public void saveIfAbsent(Dealership dealership) {
    if (!dealerships.existsById(dealership.getPdn())) {
      dealerships.save(dealership);
    }
  }
}
