using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Features.Deadlines.Alerts;

/// <summary>Timing of the sweep, the digest and delivery retries (section "AlertOptions"); the defaults need no configuration.</summary>
public sealed class AlertOptions
{
    /// <summary>Minutes between sweeps (a cron step, so 1-59).</summary>
    [Range(1, 59)]
    public int SweepEveryMinutes { get; set; } = 5;

    /// <summary>
    /// Sweep once as soon as the portal starts: after a crash or an outage the alerts and deliveries it left half
    /// done resume at once rather than at the next tick (docs/operations.md, "Faults and recovery").
    /// </summary>
    public bool SweepOnStart { get; set; } = true;

    /// <summary>Department hour (UTC+7) from which the day's digest is built; the first sweep after it builds it.</summary>
    [Range(0, 23)]
    public int DigestHour { get; set; } = 7;

    /// <summary>A case is "at risk" in the digest when its earliest due date is at most this many working days away.</summary>
    [Range(0, 20)]
    public int AtRiskWorkingDays { get; set; } = 2;

    /// <summary>
    /// The last due date that counts as "at risk" today: the one definition the digest and the leaders' dashboard share,
    /// so a case in the morning's digest is never missing from the dashboard (or the other way round).
    /// </summary>
    public DateOnly AtRiskUntil(Calendar.WorkingCalendar calendar, DateOnly today) => calendar.AddWorkingDays(today, AtRiskWorkingDays);

    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failure; it doubles after each failure up to <see cref="MaxRetryMinutes"/>.</summary>
    [Range(1, 1440)]
    public int FirstRetryMinutes { get; set; } = 2;

    [Range(1, 1440)]
    public int MaxRetryMinutes { get; set; } = 120;

    /// <summary>How long a started attempt holds its delivery: after a crash, the delivery is tried again once it ends.</summary>
    [Range(1, 60)]
    public int LeaseMinutes { get; set; } = 5;

    /// <summary>The portal's public address for links in e-mails (for example https://liemchinh.soyte.example.vn); none when empty.</summary>
    [Url]
    public string? PortalUrl { get; set; }

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(MaxRetryMinutes, FirstRetryMinutes * Math.Pow(2, Math.Max(0, attempts - 1))));
}

public enum SmtpSecurity
{
    None = 0,
    StartTls = 1,
    SslOnConnect = 2,
    /// <summary>STARTTLS when the server offers it.</summary>
    Auto = 3,
}

/// <summary>
/// The SMTP server for alert e-mails (section "SmtpOptions"). No host means e-mail is off: alerts still reach
/// people in the portal, so a development machine needs no configuration.
/// </summary>
public sealed class SmtpOptions : IValidatableObject
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [EmailAddress]
    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "Cổng Liêm chính";

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && string.IsNullOrWhiteSpace(FromAddress))
        {
            yield return new ValidationResult("SmtpOptions:FromAddress is required when SmtpOptions:Host is set.", [nameof(FromAddress)]);
        }

        if (string.IsNullOrEmpty(UserName) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("SmtpOptions:UserName and SmtpOptions:Password go together.", [nameof(UserName), nameof(Password)]);
        }
    }
}
