using QRCoder;

namespace Portal.Web.Features.Accounts;

internal static class AuthenticatorQr
{
    /// <summary>
    /// The otpauth URI as an inline SVG image: drawn on the server, so the secret never goes to a
    /// third-party QR service and the page needs no script.
    /// </summary>
    public static string DataUri(string issuer, string account, string key)
    {
        var uri = $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}" +
                  $"?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
