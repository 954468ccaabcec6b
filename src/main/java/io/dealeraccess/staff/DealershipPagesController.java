package io.dealeraccess.staff;

import io.dealeraccess.UploadedFile.UploadRefusedException;
import io.dealeraccess.dealership.DealerMasterData;
import io.dealeraccess.dealership.DealershipService;
import io.dealeraccess.dealership.ImportRefusedException;
import java.io.IOException;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Dealerships for staff: one dealership and its timeline (any staff member), and the import of the lender's dealer
 * master file (access administrators): upload, a preview of every line, then all or nothing.
 */
@Controller
class DealershipPagesController {

  private final DealerMasterData masterData;
  private final DealershipService dealerships;

  DealershipPagesController(DealerMasterData masterData, DealershipService dealerships) {
    this.masterData = masterData;
    this.dealerships = dealerships;
  }

  @GetMapping("/staff/dealerships")
  String dealership(@RequestParam(required = false) String pdn, Model model) {
    model.addAttribute("pdn", pdn);
    if (pdn != null && !pdn.isBlank()) {
      dealerships.find(pdn.strip()).ifPresentOrElse(found -> {
        model.addAttribute("found", found);
        model.addAttribute("timeline", masterData.timeline(found.getPdn()));
      }, () -> model.addAttribute("notFound", true));
    }
    return "staff/dealership";
  }

  @GetMapping("/staff/dealerships/import")
  String importForm() {
    return "staff/dealership-import";
  }

  @PostMapping("/staff/dealerships/import")
  String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal staff, Model model) {
    if (file == null || file.isEmpty()) {
      model.addAttribute("uploadError", "Choose the dealer master file (CSV) to upload.");
      return "staff/dealership-import";
    }
    try {
      Long id = masterData.upload(file.getOriginalFilename(), file.getBytes(), staff.getName());
      return "redirect:/staff/dealerships/import/" + id;
    } catch (UploadRefusedException | IOException e) {
      model.addAttribute("uploadError", e instanceof UploadRefusedException ? e.getMessage()
          : "The file could not be read: upload it again.");
      return "staff/dealership-import";
    }
  }

  @GetMapping("/staff/dealerships/import/{id:\\d{1,18}}")
  String preview(@PathVariable Long id, Model model) {
    return masterData.preview(id).map(preview -> {
      model.addAttribute("preview", preview);
      return "staff/dealership-import";
    }).orElseGet(() -> {
      model.addAttribute("uploadError", "There is no such upload: upload the file again.");
      return "staff/dealership-import";
    });
  }

  @PostMapping("/staff/dealerships/import/{id:\\d{1,18}}")
  String apply(@PathVariable Long id, Principal staff, Model model) {
    try {
      model.addAttribute("preview", masterData.apply(id, staff.getName()));
      model.addAttribute("imported", true);
    } catch (ImportRefusedException e) {
      model.addAttribute("importError", e.getMessage());
      masterData.preview(id).ifPresent(preview -> model.addAttribute("preview", preview));
    }
    return "staff/dealership-import";
  }
}
