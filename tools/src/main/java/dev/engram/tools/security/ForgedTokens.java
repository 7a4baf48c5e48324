package dev.engram.tools.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;

/**
 * Console tokens a server must refuse although their claims are a real user's: unsigned ({@code
 * alg: none}) and signed by a key that is not the server's.
 */
record ForgedTokens(String unsigned, String otherKey) {
  static ForgedTokens of(String realToken) {
    try {
      JWTClaimsSet claims = SignedJWT.parse(realToken).getJWTClaimsSet();
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      SignedJWT other = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
      other.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
      return new ForgedTokens(new PlainJWT(claims).serialize(), other.serialize());
    } catch (ParseException | NoSuchAlgorithmException | JOSEException e) {
      throw new IllegalStateException("cannot forge tokens from " + realToken, e);
    }
  }
}
