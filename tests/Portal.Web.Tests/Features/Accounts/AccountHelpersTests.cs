using Portal.Web.Features.Accounts;
using Portal.Web.Infrastructure.Cli;

namespace Portal.Web.Tests.Features.Accounts;

public sealed class AccountHelpersTests
{
    [Theory]
    [InlineData("123 456", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData(" 123456 ", "123456")]
    [InlineData(null, "")]
    public void Normalise_StripsSeparators_WhenPeopleTypeThem(string? input, string expected) =>
        Assert.Equal(expected, TotpCode.Normalise(input));

    [Theory]
    [InlineData("/admin/units", "/admin/units")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void SafeReturnUrl_KeepsOnlyLocalPaths_WhenLinkCrafted(string? input, string expected) =>
        Assert.Equal(expected, AccountsExtensions.SafeReturnUrl(input));

    [Fact]
    public void ConfigurationArgs_KeepsOnlySettings_WhenVerbGiven() =>
        Assert.Equal(["--Portal:DataDirectory=/srv/x"], Verbs.ConfigurationArgs(["create-admin", "boss", "--Portal:DataDirectory=/srv/x"]));

    [Fact]
    public void GeneratePassword_MeetsPolicyAndDiffers_WhenCalledTwice()
    {
        var a = CreateAdminVerb.GeneratePassword();
        var b = CreateAdminVerb.GeneratePassword();

        Assert.Equal(16, a.Length);
        Assert.NotEqual(a, b);
        Assert.True(a.Distinct().Count() >= 5);
    }
}
