package dev.engram.api.security;

import com.nimbusds.jose.JWSAlgorithm;
import dev.engram.api.EngramConfiguration;
import io.micronaut.security.token.jwt.signature.rsa.RSASignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA key of Engram's built-in token issuer. Given by configuration ({@code
 * engram.jwt-signing-key}, a PKCS#8 PEM), or generated at first start and kept in {@code <data
 * dir>/keys/jwt-signing.pem}, so tokens survive restarts and instances that share the file accept
 * each other's tokens.
 */
@Singleton
@Named("generator")
final class JwtSigningKey implements RSASignatureGeneratorConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(JwtSigningKey.class);
  private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String END = "-----END PRIVATE KEY-----";

  private final RSAPrivateCrtKey privateKey;
  private final RSAPublicKey publicKey;

  JwtSigningKey(EngramConfiguration configuration) {
    String home = configuration.home();
    String configuredPem = configuration.jwtSigningKey();
    try {
      String pem =
          configuredPem != null && !configuredPem.isBlank()
              ? configuredPem
              : loadOrCreate(Path.of(home, "keys", "jwt-signing.pem"));
      this.privateKey = parse(pem);
      this.publicKey =
          (RSAPublicKey)
              KeyFactory.getInstance("RSA")
                  .generatePublic(
                      new RSAPublicKeySpec(
                          privateKey.getModulus(), privateKey.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JWT signing key is not a PKCS#8 RSA private key", e);
    }
  }

  private static String loadOrCreate(Path file) throws GeneralSecurityException {
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.UTF_8);
      }
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      String pem = toPem(generator.generateKeyPair().getPrivate().getEncoded());
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(
          temporary,
          pem,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING);
      restrictToOwner(temporary);
      Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      LOG.info("Generated the token signing key at {}", file);
      return pem;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the JWT signing key at " + file, e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      LOG.debug("file system without POSIX permissions; leaving {} as created", file);
    }
  }

  static String toPem(byte[] pkcs8) {
    return BEGIN
        + "\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8)
        + "\n"
        + END
        + "\n";
  }

  private static RSAPrivateCrtKey parse(String pem) throws GeneralSecurityException {
    String body = pem.replace(BEGIN, "").replace(END, "").replaceAll("\\s", "");
    return (RSAPrivateCrtKey)
        KeyFactory.getInstance("RSA")
            .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
  }

  @Override
  public RSAPrivateKey getPrivateKey() {
    return privateKey;
  }

  @Override
  public JWSAlgorithm getJwsAlgorithm() {
    return JWSAlgorithm.RS256;
  }

  @Override
  public RSAPublicKey getPublicKey() {
    return publicKey;
  }
}
