package io.dealeraccess.staff;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Where the staff header links to Tasklist and Cockpit (the path named once, {@link CamundaWebapps}). */
@ControllerAdvice
class StaffWebapps {

  record Webapps(String tasklist, String cockpit) {}

  private static final Webapps WEBAPPS = new Webapps(CamundaWebapps.TASKLIST, CamundaWebapps.COCKPIT);

  @ModelAttribute("webapps")
  Webapps webapps() {
    return WEBAPPS;
  }
}
