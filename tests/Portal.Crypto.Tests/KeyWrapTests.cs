using System.Security.Cryptography;
using System.Text;

namespace Portal.Crypto.Tests;

public class KeyWrapTests
{
    private const string Password = "Mật khẩu rất dài 2025!";
    private static readonly Guid UserId = Guid.Parse("a2b4c6d8-1357-4246-8a9b-0c1d2e3f4a5b");
    private static readonly byte[] Ad = AssociatedData.For("user", UserId, "private-key");

    [Fact]
    public void TryUnwrapWithPassword_ReturnsSecret_WhenPasswordIsRight()
    {
        var secret = TestData.Random(32);

        var blob = KeyWrap.WrapWithPassword(secret, Password, Argon2Parameters.ForTests, Ad);

        Assert.Equal(KeyWrap.PasswordBlobSize, blob.Length);
        Assert.Equal(TestData.Hex("01 01"), blob[..2]);
        Assert.Equal(Argon2Parameters.ForTests.ToBytes(), blob[2..10]);
        Assert.True(KeyWrap.TryUnwrapWithPassword(blob, Password, Ad, out var unwrapped));
        Assert.Equal(secret, unwrapped);
    }

    [Fact]
    public void TryUnwrapWithPassword_Succeeds_WhenPasswordTypedInOtherUnicodeForm()
    {
        var secret = TestData.Random(32);
        var blob = KeyWrap.WrapWithPassword(secret, Password.Normalize(NormalizationForm.FormC), Argon2Parameters.ForTests, Ad);

        Assert.True(KeyWrap.TryUnwrapWithPassword(blob, Password.Normalize(NormalizationForm.FormD), Ad, out var unwrapped));
        Assert.Equal(secret, unwrapped);
    }

    [Fact]
    public void WrapWithPassword_UsesFreshSaltAndNonce_WhenCalledTwice()
    {
        var secret = TestData.Random(32);

        var a = KeyWrap.WrapWithPassword(secret, Password, Argon2Parameters.ForTests, Ad);
        var b = KeyWrap.WrapWithPassword(secret, Password, Argon2Parameters.ForTests, Ad);

        Assert.NotEqual(a[10..26], b[10..26]);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void TryUnwrapWithPassword_ReturnsFalse_WhenPasswordOrAssociatedDataIsWrong()
    {
        var blob = KeyWrap.WrapWithPassword(TestData.Random(32), Password, Argon2Parameters.ForTests, Ad);

        Assert.False(KeyWrap.TryUnwrapWithPassword(blob, Password + " ", Ad, out var secret));
        Assert.Null(secret);
        Assert.False(KeyWrap.TryUnwrapWithPassword(blob, Password, AssociatedData.For("user", Guid.Empty, "private-key"), out _));
    }

    [Fact]
    public void TryUnwrapWithPassword_ReturnsFalse_WhenAnyByteIsFlipped()
    {
        var blob = KeyWrap.WrapWithPassword(TestData.Random(32), Password, Argon2Parameters.ForTests, Ad);

        // Version, kind, parameters, salt, nonce, ciphertext, tag. Flipped parameters are either rejected
        // by their range checks or derive another key (and are bound in the AEAD AD too).
        foreach (var (index, mutated) in TestData.EveryByteFlipped(blob))
        {
            Assert.False(KeyWrap.TryUnwrapWithPassword(mutated, Password, Ad, out _), $"byte {index}");
        }
    }

    [Fact]
    public void TryUnwrapWithPassword_ReturnsFalse_WhenBlobIsTruncatedExtendedOrARecoveryBlob()
    {
        var blob = KeyWrap.WrapWithPassword(TestData.Random(32), Password, Argon2Parameters.ForTests, Ad);
        var recoveryBlob = KeyWrap.WrapWithRecoveryCode(TestData.Random(32), RecoveryCode.Generate(), Ad);

        Assert.False(KeyWrap.TryUnwrapWithPassword(blob.AsSpan(0, blob.Length - 1), Password, Ad, out _));
        Assert.False(KeyWrap.TryUnwrapWithPassword([.. blob, 0], Password, Ad, out _));
        Assert.False(KeyWrap.TryUnwrapWithPassword([], Password, Ad, out _));
        Assert.False(KeyWrap.TryUnwrapWithPassword(recoveryBlob, Password, Ad, out _));
    }

    [Fact]
    public void NeedsUpgrade_DrivesRewrapAtSignIn_WhenParametersAreRaised()
    {
        var secret = TestData.Random(32);
        var old = new Argon2Parameters(8, 1);
        var current = new Argon2Parameters(32, 2);
        var blob = KeyWrap.WrapWithPassword(secret, Password, old, Ad);

        Assert.True(KeyWrap.NeedsUpgrade(blob, current));
        Assert.True(KeyWrap.TryUnwrapWithPassword(blob, Password, Ad, out var unwrapped));
        var upgraded = KeyWrap.WrapWithPassword(unwrapped, Password, current, Ad);
        CryptographicOperations.ZeroMemory(unwrapped);

        Assert.False(KeyWrap.NeedsUpgrade(upgraded, current));
        Assert.True(KeyWrap.TryReadParameters(upgraded, out var stored));
        Assert.Equal(current, stored);
        Assert.True(KeyWrap.TryUnwrapWithPassword(upgraded, Password, Ad, out var again));
        Assert.Equal(secret, again);
    }

    [Fact]
    public void NeedsUpgrade_ReturnsFalse_WhenStoredParametersAreStrongerOrEqual()
    {
        var blob = KeyWrap.WrapWithPassword(TestData.Random(32), Password, new Argon2Parameters(32, 2), Ad);

        Assert.False(KeyWrap.NeedsUpgrade(blob, new Argon2Parameters(32, 2)));
        Assert.False(KeyWrap.NeedsUpgrade(blob, new Argon2Parameters(16, 1)));
        Assert.True(KeyWrap.NeedsUpgrade(blob, new Argon2Parameters(16, 3)));
    }

    [Fact]
    public void NeedsUpgrade_Throws_WhenBlobIsNotAPasswordBlob()
    {
        var recoveryBlob = KeyWrap.WrapWithRecoveryCode(TestData.Random(32), RecoveryCode.Generate(), Ad);

        Assert.Throws<ArgumentException>(() => KeyWrap.NeedsUpgrade(new byte[KeyWrap.PasswordBlobSize], Argon2Parameters.Default));
        Assert.Throws<ArgumentException>(() => KeyWrap.NeedsUpgrade(recoveryBlob, Argon2Parameters.Default));
    }

    [Fact]
    public void TryUnwrapWithRecoveryCode_ReturnsSecret_WhenCodeIsRetypedFromPaper()
    {
        var secret = TestData.Random(32);
        var code = RecoveryCode.Generate();
        var blob = KeyWrap.WrapWithRecoveryCode(secret, code, Ad);
        Assert.True(RecoveryCode.TryParse(code.FormatForDisplay().ToLowerInvariant(), out var retyped, out _));

        Assert.Equal(KeyWrap.RecoveryBlobSize, blob.Length);
        Assert.True(KeyWrap.TryUnwrapWithRecoveryCode(blob, retyped, Ad, out var unwrapped));
        Assert.Equal(secret, unwrapped);
    }

    [Fact]
    public void TryUnwrapWithRecoveryCode_ReturnsFalse_WhenCodeAdOrBlobIsWrong()
    {
        var code = RecoveryCode.Generate();
        var blob = KeyWrap.WrapWithRecoveryCode(TestData.Random(32), code, Ad);
        var passwordBlob = KeyWrap.WrapWithPassword(TestData.Random(32), Password, Argon2Parameters.ForTests, Ad);

        Assert.False(KeyWrap.TryUnwrapWithRecoveryCode(blob, RecoveryCode.Generate(), Ad, out _));
        Assert.False(KeyWrap.TryUnwrapWithRecoveryCode(blob, code, TestData.Ad(), out _));
        Assert.False(KeyWrap.TryUnwrapWithRecoveryCode(passwordBlob, code, Ad, out _));
        foreach (var (index, mutated) in TestData.EveryByteFlipped(blob))
        {
            Assert.False(KeyWrap.TryUnwrapWithRecoveryCode(mutated, code, Ad, out _), $"byte {index}");
        }
    }

    [Fact]
    public void WrapWithPassword_CarriesX25519PrivateKey_WhenExportedIntoCallerMemory()
    {
        using var staff = X25519KeyPair.Generate();
        Span<byte> privateKey = stackalloc byte[X25519KeyPair.PrivateKeySize];
        staff.ExportPrivateKey(privateKey);
        var blob = KeyWrap.WrapWithPassword(privateKey, Password, Argon2Parameters.ForTests, Ad);
        CryptographicOperations.ZeroMemory(privateKey);

        Assert.True(KeyWrap.TryUnwrapWithPassword(blob, Password, Ad, out var unwrapped));
        using var restored = X25519KeyPair.Import(unwrapped);
        CryptographicOperations.ZeroMemory(unwrapped);

        Assert.Equal(staff.ExportPublicKey(), restored.ExportPublicKey());
    }

    [Fact]
    public void Wrap_Throws_WhenInputsAreInvalid()
    {
        var code = RecoveryCode.Generate();

        Assert.Throws<ArgumentException>(() => KeyWrap.WrapWithPassword(new byte[31], Password, Argon2Parameters.ForTests, Ad));
        Assert.Throws<ArgumentException>(() => KeyWrap.WrapWithPassword(new byte[32], "", Argon2Parameters.ForTests, Ad));
        Assert.Throws<ArgumentException>(() => KeyWrap.WrapWithPassword(new byte[32], Password, Argon2Parameters.ForTests, []));
        Assert.Throws<ArgumentNullException>(() => KeyWrap.WrapWithPassword(new byte[32], Password, null!, Ad));
        Assert.Throws<ArgumentException>(() => KeyWrap.TryUnwrapWithPassword(new byte[98], "", Ad, out _));
        Assert.Throws<ArgumentException>(() => KeyWrap.TryUnwrapWithPassword(new byte[98], Password, [], out _));
        Assert.Throws<ArgumentException>(() => KeyWrap.WrapWithRecoveryCode(new byte[33], code, Ad));
        Assert.Throws<ArgumentException>(() => KeyWrap.WrapWithRecoveryCode(new byte[32], code, []));
        Assert.Throws<ArgumentNullException>(() => KeyWrap.WrapWithRecoveryCode(new byte[32], null!, Ad));
    }
}
