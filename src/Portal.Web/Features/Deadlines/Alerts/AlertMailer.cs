using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Portal.Web.Features.Deadlines.Alerts;

/// <summary>Sends one notice by SMTP (MailKit), in Vietnamese, the Department's working language.</summary>
public sealed class AlertMailer(IOptions<SmtpOptions> smtp, IOptions<AlertOptions> alerts, IStringLocalizer<SharedResource> l)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    public bool Enabled => smtp.Value.Enabled;

    public async Task SendAsync(string address, AlertNotice notice, long deliveryId, DateOnly today, CancellationToken cancellationToken)
    {
        var o = smtp.Value;
        if (o.Host is null || o.FromAddress is null)
        {
            throw new InvalidOperationException("E-mail is not configured (SmtpOptions:Host and SmtpOptions:FromAddress).");
        }
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        MimeMessage message;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Vietnamese;
            message = new MimeMessage
            {
                Subject = AlertTexts.Subject(l, notice, today),
                Body = new TextPart("plain") { Text = AlertTexts.Body(l, notice, today, alerts.Value.PortalUrl) },
                // One id per delivery: if a crash after sending makes us send again, mail clients see the same message.
                MessageId = $"delivery-{deliveryId}@{o.Host}",
            };
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }

        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        message.To.Add(MailboxAddress.Parse(address));

        using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        var security = o.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.Auto => SecureSocketOptions.StartTlsWhenAvailable,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(o.Host, o.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(o.UserName))
        {
            await client.AuthenticateAsync(o.UserName, o.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
