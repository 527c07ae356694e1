using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Audit;

namespace Portal.Web.Features.Outreach;

public sealed record PublicationLine(Guid Id, string Unit, string? UnitEn, PublicationMedium Medium, string Location, DateOnly PublishedOn, DateOnly? WithdrawnOn);

/// <summary>The record of where the whistleblower channel's address and guidance are published, per unit.</summary>
public sealed class ChannelRegister(IDbContextFactory<PortalDbContext> contexts, AuditLog audit)
{
    public async Task<OutreachResult> PublishAsync(OutreachActor actor, Guid unitId, PublicationMedium medium, string location, DateOnly publishedOn, CancellationToken cancellationToken = default)
    {
        if (!actor.CanManage)
        {
            await audit.AppendAsync(OutreachAudit.Refused, actor.UserId, "channel", null, cancellationToken);
            return OutreachResult.Refused("Outreach.Error.NotAllowed");
        }

        if (string.IsNullOrWhiteSpace(location))
        {
            return OutreachResult.Refused("Outreach.Error.Required");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            return OutreachResult.Refused("Outreach.Error.NotFound");
        }

        var publication = new ChannelPublication { UnitId = unitId, Medium = medium, Location = location.Trim(), PublishedOn = publishedOn, RecordedBy = actor.UserId };
        db.ChannelPublications.Add(publication);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(OutreachAudit.ChannelPublished, actor.UserId, publication.Id.ToString(), $"medium={medium}", cancellationToken);
        return OutreachResult.Ok(publication.Id);
    }

    public async Task<OutreachResult> WithdrawAsync(OutreachActor actor, Guid publicationId, DateOnly on, CancellationToken cancellationToken = default)
    {
        if (!actor.CanManage)
        {
            await audit.AppendAsync(OutreachAudit.Refused, actor.UserId, publicationId.ToString(), null, cancellationToken);
            return OutreachResult.Refused("Outreach.Error.NotAllowed");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var publication = await db.ChannelPublications.FirstOrDefaultAsync(p => p.Id == publicationId, cancellationToken);
        if (publication is null)
        {
            return OutreachResult.Refused("Outreach.Error.NotFound");
        }

        publication.WithdrawnOn = on < publication.PublishedOn ? publication.PublishedOn : on;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(OutreachAudit.ChannelWithdrawn, actor.UserId, publicationId.ToString(), null, cancellationToken);
        return OutreachResult.Ok(publicationId);
    }

    public async Task<IReadOnlyList<PublicationLine>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChannelPublications.AsNoTracking()
            .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => new { p, u })
            .OrderBy(x => x.u.SortOrder).ThenByDescending(x => x.p.PublishedOn)
            .Select(x => new PublicationLine(x.p.Id, x.u.Name, x.u.NameEn, x.p.Medium, x.p.Location, x.p.PublishedOn, x.p.WithdrawnOn))
            .ToListAsync(cancellationToken);
    }
}
