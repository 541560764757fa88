package dev.bulwark.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import dev.bulwark.core.HttpLocation;
import dev.bulwark.core.Location;
import dev.bulwark.core.SourceLocation;
import dev.bulwark.core.SpecLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** SARIF locations for the three kinds of Bulwark location. */
final class SarifLocations {

  static final String SRCROOT = "%SRCROOT%";

  private SarifLocations() {}

  /**
   * @param specFile the scan's spec document, when it has one on disk: HTTP findings point at it so
   *     that viewers that need a file (GitHub code scanning) can still place them
   */
  static com.contrastsecurity.sarif.Location of(
      Location location, Optional<String> specFile, String sourceRoot) {
    if (location instanceof SourceLocation s) {
      PropertyBag props = null;
      if (s.history().isPresent()) {
        var h = s.history().get();
        props =
            new PropertyBag()
                .withAdditionalProperty("commit", h.commit())
                .withAdditionalProperty("author", h.author())
                .withAdditionalProperty("date", h.date().toString())
                .withAdditionalProperty("presentAtHead", h.presentAtHead());
      }
      return new com.contrastsecurity.sarif.Location()
          .withPhysicalLocation(physical(sourceRoot + s.file(), s.line(), s.column()))
          .withProperties(props);
    }
    if (location instanceof SpecLocation s) {
      Set<LogicalLocation> logical = new LinkedHashSet<>();
      logical.add(
          new LogicalLocation()
              .withName(s.pointer())
              .withFullyQualifiedName(s.file() + "#" + s.pointer())
              .withKind("member"));
      PropertyBag props = new PropertyBag().withAdditionalProperty("pointer", s.pointer());
      s.method().ifPresent(m -> props.withAdditionalProperty("method", m));
      s.path().ifPresent(p -> props.withAdditionalProperty("path", p));
      return new com.contrastsecurity.sarif.Location()
          .withPhysicalLocation(physical(s.file(), Math.max(1, s.line()), 0))
          .withLogicalLocations(logical)
          .withProperties(props);
    }
    HttpLocation h = (HttpLocation) location;
    Set<LogicalLocation> logical = new LinkedHashSet<>();
    logical.add(
        new LogicalLocation()
            .withName(h.method() + " " + h.path())
            .withFullyQualifiedName(h.display())
            .withKind("resource"));
    PropertyBag props =
        new PropertyBag()
            .withAdditionalProperty("url", h.url())
            .withAdditionalProperty("method", h.method())
            .withAdditionalProperty("path", h.path());
    h.parameter().ifPresent(p -> props.withAdditionalProperty("parameter", p));
    return new com.contrastsecurity.sarif.Location()
        .withPhysicalLocation(specFile.map(f -> physical(f, 1, 0)).orElse(null))
        .withLogicalLocations(logical)
        .withMessage(new Message().withText(h.method() + " " + h.url()))
        .withProperties(props);
  }

  static PhysicalLocation physical(String file, int line, int column) {
    Region region = new Region().withStartLine(Math.max(1, line));
    if (column > 0) {
      region.withStartColumn(column);
    }
    return new PhysicalLocation()
        .withArtifactLocation(new ArtifactLocation().withUri(uri(file)).withUriBaseId(SRCROOT))
        .withRegion(region);
  }

  /** A relative URI reference for a path: spaces and other unsafe characters percent-encoded. */
  static String uri(String path) {
    try {
      return new URI(null, null, path.replace('\\', '/'), null).getRawPath();
    } catch (URISyntaxException e) {
      return path.replace(" ", "%20");
    }
  }
}
