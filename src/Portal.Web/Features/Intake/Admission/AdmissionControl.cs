using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Portal.Web.Features.Intake.Admission;

/// <summary>How a request was let through, or that it was not.</summary>
public enum AdmissionLane
{
    Refused,
    Free,
    Waited,
    Proof,
    Disabled,
}

/// <summary>
/// Decides, before any Argon2id runs, whether an anonymous form post goes on. Limits are per form and global, never
/// per address (behind Tor every reporter shares one). A ticket whose wait is over or whose proof is solved takes its
/// own lane, so a flood of posts without tickets empties only the free lane and a person reading the form still gets
/// through. Every ticket passes once. A refusal costs a signature check and a lookup in memory.
/// </summary>
public sealed class AdmissionControl
{
    private readonly AdmissionTickets tickets;
    private readonly AdmissionOptions options;
    private readonly TimeProvider clock;
    private readonly Dictionary<AdmissionForm, (TokenBucket Free, TokenBucket Waited)> lanes;
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> spent = new();
    private long nextSweep;

    public AdmissionControl(AdmissionTickets tickets, IOptions<AdmissionOptions> options, TimeProvider clock)
    {
        this.tickets = tickets;
        this.options = options.Value;
        this.clock = clock;
        lanes = Enum.GetValues<AdmissionForm>().ToDictionary(f => f, _ =>
            (new TokenBucket(this.options.FreePerSecond, this.options.FreeBurst, clock),
             new TokenBucket(this.options.WaitedPerSecond, this.options.WaitedBurst, clock)));
    }

    public AdmissionLane TryAdmit(AdmissionForm form, string? ticket, string? proof)
    {
        if (!options.Enabled)
        {
            return AdmissionLane.Disabled;
        }

        var (free, waited) = lanes[form];
        if (tickets.Read(ticket, form) is { } read && !spent.ContainsKey(read.Id))
        {
            if (AdmissionTickets.IsProof(ticket!, proof, read.Bits) && Spend(read))
            {
                return AdmissionLane.Proof;
            }

            if (read.UsableAt <= clock.GetUtcNow() && waited.TryTake() && Spend(read))
            {
                return AdmissionLane.Waited;
            }
        }

        // A ticket that cannot pass yet is not spent: the same form may be sent again once its wait is over.
        return free.TryTake() ? AdmissionLane.Free : AdmissionLane.Refused;
    }

    /// <summary>Seconds a refused sender should wait before sending the form printed now.</summary>
    public int WaitSeconds => options.WaitSeconds;

    private bool Spend(Ticket ticket)
    {
        SweepSpent();
        return spent.TryAdd(ticket.Id, ticket.IssuedAt.AddMinutes(options.TicketMinutes));
    }

    /// <summary>Spent ids are kept only while their ticket could still be read; the set stays as small as the lanes allow.</summary>
    private void SweepSpent()
    {
        var now = clock.GetUtcNow();
        var due = Interlocked.Read(ref nextSweep);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref nextSweep, now.AddMinutes(1).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var (id, expires) in spent)
        {
            if (expires < now)
            {
                spent.TryRemove(id, out _);
            }
        }
    }

    /// <summary>A token bucket on the portal's clock (the framework's limiters read the wall clock, which tests cannot move).</summary>
    private sealed class TokenBucket(double perSecond, int burst, TimeProvider clock)
    {
        private readonly Lock gate = new();
        private double tokens = burst;
        private long last = clock.GetTimestamp();

        public bool TryTake()
        {
            lock (gate)
            {
                var now = clock.GetTimestamp();
                tokens = Math.Min(burst, tokens + clock.GetElapsedTime(last, now).TotalSeconds * perSecond);
                last = now;
                if (tokens < 1)
                {
                    return false;
                }

                tokens -= 1;
                return true;
            }
        }
    }
}
