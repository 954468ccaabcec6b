package io.dealeraccess.dealership;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lender's dealer system pushes changes: {@code PUT /api/dealerships/{pdn}} with
 * {@code {"name": …, "active": true|false, "address": …, "phone": …}} (HTTP Basic, a Camunda user in
 * {@code access-admins} or {@code camunda-admin}; see staff/StaffSecurityConfig). The same rules and timeline as the
 * master file.
 */
@RestController
@RequestMapping("/api/dealerships")
class DealershipApi {

  private final DealerMasterData masterData;
  private final DealershipService dealerships;

  DealershipApi(DealerMasterData masterData, DealershipService dealerships) {
    this.masterData = masterData;
    this.dealerships = dealerships;
  }

  /** A dealership as its master data states it; {@code active} may be a JSON boolean or "true"/"false". */
  record Body(String name, Object active, String address, String phone) {}

  @GetMapping("/{pdn}")
  ResponseEntity<Map<String, Object>> get(@PathVariable String pdn) {
    return dealerships.find(pdn).map(found -> ResponseEntity.ok(json(found, null)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(error("NotFound",
            "There is no dealership with PDN " + (pdn.matches("\\d{5}") ? pdn : "like this") + ".")));
  }

  @PutMapping("/{pdn}")
  ResponseEntity<Map<String, Object>> put(@PathVariable String pdn, @RequestBody Body body, Principal by) {
    ImportPreview.Outcome outcome = masterData.put(pdn, body.name(),
        body.active() == null ? null : String.valueOf(body.active()), body.address(), body.phone(), by.getName());
    Map<String, Object> answer = json(dealerships.find(pdn).orElseThrow(), switch (outcome) {
      case NEW -> "CREATED";
      case CHANGED -> "UPDATED";
      default -> "UNCHANGED";
    });
    return ResponseEntity.status(outcome == ImportPreview.Outcome.NEW ? HttpStatus.CREATED : HttpStatus.OK)
        .body(answer);
  }

  @ExceptionHandler(ImportRefusedException.class)
  ResponseEntity<Map<String, Object>> refused(ImportRefusedException e) {
    return ResponseEntity.badRequest().body(error("InvalidDealership", e.getMessage()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest().body(error("InvalidBody", "The body must be JSON like "
        + "{\"name\": \"Riverside Motors\", \"active\": true, \"address\": \"…\", \"phone\": \"…\"}."));
  }

  private static Map<String, Object> json(Dealership dealership, String outcome) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("pdn", dealership.getPdn());
    json.put("name", dealership.getName());
    json.put("active", dealership.isActive());
    json.put("address", dealership.getAddress());
    json.put("phone", dealership.getPhone());
    if (outcome != null) {
      json.put("outcome", outcome);
    }
    return json;
  }

  private static Map<String, Object> error(String type, String message) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", type);
    json.put("message", message);
    return json;
  }
}
