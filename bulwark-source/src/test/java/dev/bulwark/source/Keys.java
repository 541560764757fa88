package dev.bulwark.source;

/** Sample secrets assembled at test time, so no file in the repository holds one whole. */
final class Keys {
  private Keys() {}

  static final String STRIPE_LIVE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dcQx9";
  static final String GITHUB = "gh" + "p_" + "Zx8Qw3Lm0Np7Rt5Vb2Ck9Hj4Fd6Sa1Ge3Ty8";
  static final String AWS_ID = "AK" + "IA" + "Z7Q3LK5WXRT2MNBV";
  static final String SLACK_BOT =
      "xox" + "b-" + "123456789012" + "-" + "1234567890123" + "-" + "Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7";
  static final String OPENAI_PROJECT =
      "sk-" + "proj-" + "Tq8Rz2Wx5Vn7Yb3Lm9Kp4Hj6Gf1Ds0Ae8Qw2Er5Ty7Ui3Op9As4Df6Gh1Jk8Lz0Xc";
  static final String GENERIC = "Xq7" + "vR2mK9pL4wN8sT3bY6c";
  static final String DB_PASSWORD = "pR7x" + "Kq2mZ9wL";
}
