using System.Text;

namespace Portal.Crypto.Tests;

public class PasswordKeyDerivationTests
{
    private static readonly byte[] Salt = TestData.Hex("000102030405060708090a0b0c0d0e0f");

    [Fact]
    public void DeriveKey_IsDeterministic_WhenInputsAreEqual()
    {
        var a = PasswordKeyDerivation.DeriveKey("correct horse", Salt, Argon2Parameters.ForTests);
        var b = PasswordKeyDerivation.DeriveKey("correct horse", Salt, Argon2Parameters.ForTests);

        Assert.Equal(32, a.Length);
        Assert.Equal(a, b);
    }

    [Fact]
    public void DeriveKey_Differs_WhenPasswordSaltOrParametersDiffer()
    {
        var baseline = PasswordKeyDerivation.DeriveKey("correct horse", Salt, Argon2Parameters.ForTests);
        var otherSalt = (byte[])Salt.Clone();
        otherSalt[15] ^= 1;

        Assert.NotEqual(baseline, PasswordKeyDerivation.DeriveKey("correct horsf", Salt, Argon2Parameters.ForTests));
        Assert.NotEqual(baseline, PasswordKeyDerivation.DeriveKey("correct horse", otherSalt, Argon2Parameters.ForTests));
        Assert.NotEqual(baseline, PasswordKeyDerivation.DeriveKey("correct horse", Salt, new Argon2Parameters(16, 1)));
        Assert.NotEqual(baseline, PasswordKeyDerivation.DeriveKey("correct horse", Salt, new Argon2Parameters(8, 2)));
    }

    [Fact]
    public void DeriveKey_IgnoresUnicodeForm_WhenVietnamesePasswordIsPrecomposedOrDecomposed()
    {
        const string password = "Mật khẩu của tôi";
        var composed = password.Normalize(NormalizationForm.FormC);
        var decomposed = password.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        var fromComposed = PasswordKeyDerivation.DeriveKey(composed, Salt, Argon2Parameters.ForTests);
        var fromDecomposed = PasswordKeyDerivation.DeriveKey(decomposed, Salt, Argon2Parameters.ForTests);
        var fromUtf8Bytes = PasswordKeyDerivation.DeriveKey(Encoding.UTF8.GetBytes(composed), Salt, Argon2Parameters.ForTests);

        Assert.Equal(fromComposed, fromDecomposed);
        Assert.Equal(fromComposed, fromUtf8Bytes);
    }

    [Fact]
    public void DeriveKey_Throws_WhenInputsAreInvalid()
    {
        var loneSurrogate = "ab" + new string('\ud800', 1);

        Assert.Throws<ArgumentException>(() => PasswordKeyDerivation.DeriveKey("", Salt, Argon2Parameters.ForTests));
        Assert.Throws<ArgumentException>(() => PasswordKeyDerivation.DeriveKey(ReadOnlySpan<byte>.Empty, Salt, Argon2Parameters.ForTests));
        Assert.Throws<ArgumentException>(() => PasswordKeyDerivation.DeriveKey(loneSurrogate, Salt, Argon2Parameters.ForTests));
        Assert.Throws<ArgumentException>(() => PasswordKeyDerivation.DeriveKey(new string('x', 1025), Salt, Argon2Parameters.ForTests));
        Assert.Throws<ArgumentException>(() => PasswordKeyDerivation.DeriveKey("pw", new byte[15], Argon2Parameters.ForTests));
        Assert.Throws<ArgumentException>(() => PasswordKeyDerivation.DeriveKey("pw", new byte[17], Argon2Parameters.ForTests));
        Assert.Throws<ArgumentNullException>(() => PasswordKeyDerivation.DeriveKey("pw", Salt, null!));
    }

    [Fact]
    public void DeriveKey_CompletesWithDefaultParameters_WhenUsedAsInProduction()
    {
        // The one test that pays for 64 MiB x 3 passes.
        var strong = PasswordKeyDerivation.DeriveKey("correct horse", Salt, Argon2Parameters.Default);
        var weak = PasswordKeyDerivation.DeriveKey("correct horse", Salt, Argon2Parameters.ForTests);

        Assert.Equal(32, strong.Length);
        Assert.NotEqual(weak, strong);
    }
}
