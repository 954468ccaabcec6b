package io.dealeraccess.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portal's applications, in display order. */
@Service
@Transactional(readOnly = true)
public class ApplicationCatalog {

  private final PortalApplicationRepository applications;

  ApplicationCatalog(PortalApplicationRepository applications) {
    this.applications = applications;
  }

  public List<PortalApplication> all() {
    return applications.findAllByOrderBySortOrder();
  }

  /** The applications a dealer may ask for today. */
  public List<PortalApplication> requestable() {
    return all().stream().filter(PortalApplication::isRequestable).toList();
  }

  public boolean isRequestable(String code) {
    return applications.findById(code).map(PortalApplication::isRequestable).orElse(false);
  }

  /** Display names for codes, in catalog order; unknown codes are shown as they are. */
  public List<String> names(Collection<String> codes) {
    Map<String, PortalApplication> byCode = all().stream()
        .collect(Collectors.toMap(PortalApplication::getCode, Function.identity()));
    return codes.stream().map(code -> byCode.containsKey(code) ? byCode.get(code).getName() : code).toList();
  }
}
