package io.dealeraccess.staff;

import io.dealeraccess.UploadedFile.UploadRefusedException;
import io.dealeraccess.legacy.LegacyUserIds;
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
 * The import of the old portal's user IDs (access administrators): upload, a preview of every line's problems, then
 * all or nothing, as for the dealer master file.
 */
@Controller
class UserIdImportController {

  private static final String PAGE = "staff/user-id-import";

  private final LegacyUserIds legacy;

  UserIdImportController(LegacyUserIds legacy) {
    this.legacy = legacy;
  }

  @GetMapping("/staff/user-ids/import")
  String form() {
    return PAGE;
  }

  @PostMapping("/staff/user-ids/import")
  String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal staff, Model model) {
    if (file == null || file.isEmpty()) {
      model.addAttribute("uploadError", "Choose the file of the old portal's user IDs (CSV) to upload.");
      return PAGE;
    }
    try {
      return "redirect:/staff/user-ids/import/" + legacy.upload(file.getOriginalFilename(), file.getBytes(),
          staff.getName());
    } catch (UploadRefusedException | IOException e) {
      model.addAttribute("uploadError", e instanceof UploadRefusedException ? e.getMessage()
          : "The file could not be read: upload it again.");
      return PAGE;
    }
  }

  @GetMapping("/staff/user-ids/import/{id:\\d{1,18}}")
  String preview(@PathVariable Long id, Model model) {
    legacy.preview(id).ifPresentOrElse(preview -> model.addAttribute("preview", preview),
        () -> model.addAttribute("uploadError", "There is no such upload: upload the file again."));
    return PAGE;
  }

  @PostMapping("/staff/user-ids/import/{id:\\d{1,18}}")
  String apply(@PathVariable Long id, Principal staff, Model model) {
    try {
      model.addAttribute("preview", legacy.apply(id, staff.getName()));
      model.addAttribute("imported", true);
    } catch (UploadRefusedException e) {
      model.addAttribute("importError", e.getMessage());
      legacy.preview(id).ifPresent(preview -> model.addAttribute("preview", preview));
    }
    return PAGE;
  }
}
