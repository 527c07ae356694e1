namespace Portal.Crypto.Tests;

public class ReceiptSecretsTests
{
    private static readonly byte[] InstallationSalt = TestData.Hex("f0e1d2c3b4a5968778695a4b3c2d1e0f00112233");

    [Fact]
    public void Derive_IsDeterministic_WhenReceiptIsRetypedDifferently()
    {
        var receipt = Receipt.Generate();
        Assert.True(Receipt.TryNormalise(receipt.FormatForDisplay().ToLowerInvariant().Replace('-', ' '), out var retyped, out _));

        using var first = ReceiptSecrets.Derive(receipt, InstallationSalt, Argon2Parameters.ForTests);
        using var second = ReceiptSecrets.Derive(retyped, InstallationSalt, Argon2Parameters.ForTests);

        Assert.Equal(ReceiptSecrets.LookupHashSize, first.LookupHash.Length);
        Assert.Equal(first.LookupHash, second.LookupHash);
        Assert.Equal(first.KeyPair.ExportPublicKey(), second.KeyPair.ExportPublicKey());
    }

    [Fact]
    public void Derive_Differs_WhenReceiptSaltOrParametersDiffer()
    {
        var receipt = Receipt.Generate();
        var otherSalt = (byte[])InstallationSalt.Clone();
        otherSalt[0] ^= 1;

        using var baseline = ReceiptSecrets.Derive(receipt, InstallationSalt, Argon2Parameters.ForTests);
        using var otherReceipt = ReceiptSecrets.Derive(Receipt.Generate(), InstallationSalt, Argon2Parameters.ForTests);
        using var otherInstallation = ReceiptSecrets.Derive(receipt, otherSalt, Argon2Parameters.ForTests);
        using var otherParameters = ReceiptSecrets.Derive(receipt, InstallationSalt, new Argon2Parameters(16, 1));

        foreach (var other in new[] { otherReceipt, otherInstallation, otherParameters })
        {
            Assert.NotEqual(baseline.LookupHash, other.LookupHash);
            Assert.NotEqual(baseline.KeyPair.ExportPublicKey(), other.KeyPair.ExportPublicKey());
        }
    }

    [Fact]
    public void Derive_SeparatesLookupHashFromKey_Always()
    {
        using var secrets = ReceiptSecrets.Derive(Receipt.Generate(), InstallationSalt, Argon2Parameters.ForTests);
        var privateKey = new byte[32];
        secrets.KeyPair.ExportPrivateKey(privateKey);

        Assert.NotEqual(secrets.LookupHash, privateKey);
        Assert.NotEqual(secrets.LookupHash, secrets.KeyPair.ExportPublicKey());
        Assert.Equal("ReceiptSecrets(redacted)", secrets.ToString());
    }

    [Fact]
    public void Derive_LetsWhistleblowerOpenReportKey_WhenReceiptIsTypedAgainLater()
    {
        var receipt = Receipt.Generate();
        using var reportKey = SecretKey.Generate();
        byte[] sealedForWhistleblower;
        byte[] storedLookupHash;
        using (var atSubmission = ReceiptSecrets.Derive(receipt, InstallationSalt, Argon2Parameters.ForTests))
        {
            storedLookupHash = atSubmission.LookupHash;
            sealedForWhistleblower = Sealing.SealKey(reportKey, atSubmission.KeyPair.ExportPublicKey(), TestData.Ad("whistleblower-key"));
        }

        Assert.True(Receipt.TryNormalise(receipt.FormatForDisplay(), out var typed, out _));
        using var later = ReceiptSecrets.Derive(typed, InstallationSalt, Argon2Parameters.ForTests);

        Assert.Equal(storedLookupHash, later.LookupHash);
        Assert.True(Sealing.TryOpenKey(sealedForWhistleblower, later.KeyPair, TestData.Ad("whistleblower-key"), out var opened));
        opened.Dispose();
    }

    [Fact]
    public void Derive_Throws_WhenInputsAreInvalid()
    {
        var receipt = Receipt.Generate();

        Assert.Throws<ArgumentException>(() => ReceiptSecrets.Derive(receipt, new byte[15], Argon2Parameters.ForTests));
        Assert.Throws<ArgumentException>(() => ReceiptSecrets.Derive(receipt, new byte[1025], Argon2Parameters.ForTests));
        Assert.Throws<ArgumentNullException>(() => ReceiptSecrets.Derive(null!, InstallationSalt, Argon2Parameters.ForTests));
        Assert.Throws<ArgumentNullException>(() => ReceiptSecrets.Derive(receipt, InstallationSalt, null!));
    }
}
