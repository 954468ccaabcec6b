package io.dealeraccess.dealership;

import java.util.Optional;
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
