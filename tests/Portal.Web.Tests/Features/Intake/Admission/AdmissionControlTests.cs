using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;
using Portal.Web.Features.Intake.Admission;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace Portal.Web.Tests.Features.Intake.Admission;

public sealed class AdmissionControlTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly AdmissionOptions options = new() { FreePerSecond = 1, FreeBurst = 3, WaitSeconds = 5, WaitedPerSecond = 1, WaitedBurst = 2, ProofBits = 8 };
    private readonly AdmissionTickets tickets;
    private readonly AdmissionControl control;

    public AdmissionControlTests()
    {
        tickets = new AdmissionTickets(new EphemeralDataProtectionProvider(), MsOptions.Create(options), clock);
        control = new AdmissionControl(tickets, MsOptions.Create(options), clock);
    }

    [Fact]
    public void TryAdmit_RefusesPostsWithoutTicket_WhenFreeLaneIsEmpty()
    {
        var lanes = Enumerable.Range(0, 5).Select(_ => control.TryAdmit(AdmissionForm.Report, null, null)).ToList();

        Assert.Equal([AdmissionLane.Free, AdmissionLane.Free, AdmissionLane.Free, AdmissionLane.Refused, AdmissionLane.Refused], lanes);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(AdmissionLane.Free, control.TryAdmit(AdmissionForm.Report, null, null));
    }

    [Fact]
    public void TryAdmit_LetsWaitedTicketThrough_WhenFloodHasEmptiedFreeLane()
    {
        var ticket = tickets.Issue(AdmissionForm.Report);
        Drain(AdmissionForm.Report);

        Assert.Equal(AdmissionLane.Refused, control.TryAdmit(AdmissionForm.Report, ticket, null)); // read too fast
        clock.Advance(TimeSpan.FromSeconds(5));
        Drain(AdmissionForm.Report);
        Assert.Equal(AdmissionLane.Waited, control.TryAdmit(AdmissionForm.Report, ticket, null));
    }

    [Fact]
    public void TryAdmit_LetsTicketPassOnlyOnce()
    {
        var ticket = tickets.Issue(AdmissionForm.Lookup);
        clock.Advance(TimeSpan.FromSeconds(6));
        Drain(AdmissionForm.Lookup);

        Assert.Equal(AdmissionLane.Waited, control.TryAdmit(AdmissionForm.Lookup, ticket, null));
        Assert.Equal(AdmissionLane.Refused, control.TryAdmit(AdmissionForm.Lookup, ticket, null));
    }

    [Fact]
    public void TryAdmit_LetsSolvedTicketThroughAtOnce_WhenFloodHasEmptiedFreeLane()
    {
        var ticket = tickets.Issue(AdmissionForm.Report);
        Drain(AdmissionForm.Report);

        Assert.Equal(AdmissionLane.Proof, control.TryAdmit(AdmissionForm.Report, ticket, Solve(ticket, options.ProofBits)));
    }

    [Fact]
    public void TryAdmit_RefusesForgedWrongFormOrExpiredTickets()
    {
        var lookup = tickets.Issue(AdmissionForm.Lookup);
        var report = tickets.Issue(AdmissionForm.Report);
        clock.Advance(TimeSpan.FromSeconds(6));
        Drain(AdmissionForm.Report);

        Assert.Equal(AdmissionLane.Refused, control.TryAdmit(AdmissionForm.Report, lookup, Solve(lookup, options.ProofBits)));
        Assert.Equal(AdmissionLane.Refused, control.TryAdmit(AdmissionForm.Report, report[..^2] + "AA", null));
        Assert.Equal(AdmissionLane.Waited, control.TryAdmit(AdmissionForm.Report, report, null)); // the genuine one does pass
        var old = tickets.Issue(AdmissionForm.Report);
        clock.Advance(TimeSpan.FromMinutes(options.TicketMinutes + 1));
        Drain(AdmissionForm.Report);
        Assert.Equal(AdmissionLane.Refused, control.TryAdmit(AdmissionForm.Report, old, null));
    }

    [Fact]
    public void TryAdmit_AdmitsEverything_WhenDisabled()
    {
        options.Enabled = false;

        Assert.All(Enumerable.Range(0, 10), _ => Assert.Equal(AdmissionLane.Disabled, control.TryAdmit(AdmissionForm.Report, null, null)));
    }

    private void Drain(AdmissionForm form)
    {
        while (control.TryAdmit(form, null, null) != AdmissionLane.Refused)
        {
        }
    }

    private static string Solve(string ticket, int bits)
    {
        for (var n = 0; ; n++)
        {
            var proof = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (AdmissionTickets.LeadingZeroBits(SHA256.HashData(Encoding.UTF8.GetBytes($"{ticket}:{proof}"))) >= bits)
            {
                return proof;
            }
        }
    }
}
