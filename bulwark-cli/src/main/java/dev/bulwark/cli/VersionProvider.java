package dev.bulwark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version the build wrote into the jar; touches nothing else, so it answers fast. */
public final class VersionProvider implements IVersionProvider {
  public static String version() {
    Properties props = new Properties();
    try (InputStream in =
        VersionProvider.class.getClassLoader().getResourceAsStream("bulwark/version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return props.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "bulwark " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
