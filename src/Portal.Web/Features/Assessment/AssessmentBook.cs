using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Programme;
using Portal.Web.Infrastructure;

namespace Portal.Web.Features.Assessment;

public sealed class CriterionForm
{
    public Guid? Id { get; set; }
    public int Year { get; set; }
    public string Code { get; set; } = "";
    public Guid? ParentId { get; set; }
    public string Title { get; set; } = "";
    public string? TitleEn { get; set; }
    public decimal MaxPoints { get; set; }
    public int SortOrder { get; set; }
    public long Version { get; set; }
}

public sealed class ScoreForm
{
    public Guid CriterionId { get; set; }
    public decimal Score { get; set; }
    public string? Explanation { get; set; }
    public string? Evidence { get; set; }
    /// <summary>The score's version as read; zero when the criterion had no score yet.</summary>
    public long Version { get; set; }
}

/// <summary>
/// The assessment's use cases: maintain a year's criteria tree, copy it to a new year, score criteria, close
/// the year. A closed year refuses every change.
/// </summary>
public sealed partial class AssessmentBook(IDbContextFactory<PortalDbContext> contexts, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const decimal MaxPointsLimit = 1000m;

    public async Task<CommandResult> SaveCriterionAsync(ProgrammeActor actor, CriterionForm form, CancellationToken cancellationToken = default)
    {
        if (!actor.CanEditCriteria)
        {
            return CommandResult.Fail(l["Programme.NotAllowed"]);
        }

        form.Code = form.Code.Trim().ToUpperInvariant();
        form.Title = form.Title.Trim();
        form.TitleEn = string.IsNullOrWhiteSpace(form.TitleEn) ? null : form.TitleEn.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await IsClosedAsync(db, form.Year, cancellationToken))
        {
            return CommandResult.Fail(l["Assessment.YearClosed", form.Year]);
        }

        var errors = new List<string>();
        if (!CodePattern().IsMatch(form.Code))
        {
            errors.Add(l["Assessment.CodeInvalid"]);
        }

        if (form.Title.Length is 0 or > 1000 || form.TitleEn is { Length: > 1000 })
        {
            errors.Add(l["Assessment.TitleInvalid"]);
        }

        if (form.ParentId is null)
        {
            form.MaxPoints = 0;
        }
        else if (form.MaxPoints is <= 0 or > MaxPointsLimit)
        {
            errors.Add(l["Assessment.MaxInvalid", Points(MaxPointsLimit)]);
        }

        if (await db.Criteria.AnyAsync(c => c.Year == form.Year && c.Code == form.Code && c.Id != form.Id, cancellationToken))
        {
            errors.Add(l["Assessment.CodeTaken", form.Code]);
        }

        if (form.ParentId is { } parentId
            && !await db.Criteria.AnyAsync(c => c.Id == parentId && c.Year == form.Year && c.ParentId == null && c.Id != form.Id, cancellationToken))
        {
            errors.Add(l["Assessment.ParentInvalid"]);
        }

        if (form.Id is { } self && form.ParentId is not null && await db.Criteria.AnyAsync(c => c.ParentId == self, cancellationToken))
        {
            errors.Add(l["Assessment.SectionHasCriteria"]);
        }

        if (form.Id is { } scored && form.ParentId is not null
            && await db.CriterionScores.AnyAsync(s => s.CriterionId == scored && s.Score > form.MaxPoints, cancellationToken))
        {
            // Lowering a maximum under an existing score would leave a score the rules forbid.
            errors.Add(l["Assessment.MaxBelowScore"]);
        }

        if (errors.Count > 0)
        {
            return new CommandResult(false, errors.Distinct().ToList());
        }

        Criterion criterion;
        if (form.Id is { } id)
        {
            criterion = await db.Criteria.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new InvalidOperationException("criterion vanished");
            db.Entry(criterion).Property(c => c.Version).OriginalValue = form.Version;
        }
        else
        {
            criterion = new Criterion { Year = form.Year, Code = form.Code, Title = form.Title };
            db.Criteria.Add(criterion);
        }

        criterion.Code = form.Code;
        criterion.ParentId = form.ParentId;
        criterion.Title = form.Title;
        criterion.TitleEn = form.TitleEn;
        criterion.MaxPoints = form.MaxPoints;
        criterion.SortOrder = form.SortOrder;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same code a moment earlier: the unique index refused it.
            return CommandResult.Fail(l["Assessment.CodeTaken", form.Code]);
        }

        form.Id = criterion.Id;
        form.Version = criterion.Version;
        await audit.AppendAsync(AuditActions.AssessmentCriterionSaved, actor.UserId, $"{form.Year}/{form.Code}", $"max={form.MaxPoints}", cancellationToken);
        return CommandResult.Ok;
    }

    /// <summary>Starts a year with a copy of another year's tree (normally last year's); refuses a year that already has criteria.</summary>
    public async Task<CommandResult> CopyYearAsync(ProgrammeActor actor, int from, int to, CancellationToken cancellationToken = default)
    {
        if (!actor.CanEditCriteria)
        {
            return CommandResult.Fail(l["Programme.NotAllowed"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await db.Criteria.AsNoTracking().Where(c => c.Year == from).ToListAsync(cancellationToken);
        if (source.Count == 0)
        {
            return CommandResult.Fail(l["Assessment.CopyNothing", from]);
        }

        if (to is < 2000 or > 2100 || await db.Criteria.AnyAsync(c => c.Year == to, cancellationToken))
        {
            return CommandResult.Fail(l["Assessment.CopyTargetTaken", to]);
        }

        var ids = source.ToDictionary(c => c.Id, _ => Guid.CreateVersion7());
        db.Criteria.AddRange(source.Select(c => new Criterion
        {
            Id = ids[c.Id], Year = to, Code = c.Code, ParentId = c.ParentId is { } p ? ids[p] : null, Title = c.Title, TitleEn = c.TitleEn,
            MaxPoints = c.MaxPoints, SortOrder = c.SortOrder,
        }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CommandResult.Fail(l["Assessment.CopyTargetTaken", to]);
        }

        await audit.AppendAsync(AuditActions.AssessmentYearCopied, actor.UserId, to.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"from={from}; criteria={source.Count}", cancellationToken);
        return CommandResult.Ok;
    }

    public async Task<CommandResult> SaveScoreAsync(ProgrammeActor actor, ScoreForm form, CancellationToken cancellationToken = default)
    {
        if (!actor.CanEdit)
        {
            return CommandResult.Fail(l["Programme.NotAllowed"]);
        }

        form.Explanation = string.IsNullOrWhiteSpace(form.Explanation) ? null : form.Explanation.Trim();
        form.Evidence = string.IsNullOrWhiteSpace(form.Evidence) ? null : form.Evidence.Trim();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var criterion = await db.Criteria.AsNoTracking().FirstOrDefaultAsync(c => c.Id == form.CriterionId, cancellationToken);
        if (criterion is null || criterion.ParentId is null)
        {
            return CommandResult.Fail(l["Assessment.NotScorable"]);
        }

        if (await IsClosedAsync(db, criterion.Year, cancellationToken))
        {
            return CommandResult.Fail(l["Assessment.YearClosed", criterion.Year]);
        }

        var errors = new List<string>();
        if (form.Score < 0 || form.Score > criterion.MaxPoints)
        {
            errors.Add(l["Assessment.ScoreOutOfRange", Points(criterion.MaxPoints)]);
        }

        if (decimal.Round(form.Score, 2) != form.Score)
        {
            errors.Add(l["Assessment.ScorePrecision"]);
        }

        if (form.Explanation is { Length: > 4000 } || form.Evidence is { Length: > 4000 })
        {
            errors.Add(l["Assessment.TextTooLong"]);
        }

        if (errors.Count > 0)
        {
            return new CommandResult(false, errors);
        }

        var score = await db.CriterionScores.FirstOrDefaultAsync(s => s.CriterionId == form.CriterionId, cancellationToken);
        if (score is null)
        {
            if (form.Version != 0)
            {
                return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
            }

            // Version 1 from the start: zero is how a form says "there was no score when I read it".
            score = new CriterionScore { CriterionId = form.CriterionId, Version = 1 };
            db.CriterionScores.Add(score);
        }
        else
        {
            db.Entry(score).Property(s => s.Version).OriginalValue = form.Version;
        }

        var before = score.Score;
        score.Score = form.Score;
        score.Explanation = form.Explanation;
        score.Evidence = form.Evidence;
        score.UpdatedBy = actor.UserId;
        score.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
        }
        catch (DbUpdateException)
        {
            // Two first scores of the same criterion at once: the second finds the primary key taken.
            return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
        }

        form.Version = score.Version;
        await audit.AppendAsync(AuditActions.AssessmentScoreSaved, actor.UserId, $"{criterion.Year}/{criterion.Code}",
            $"{before} -> {form.Score} / {criterion.MaxPoints}", cancellationToken);
        return CommandResult.Ok;
    }

    public async Task<CommandResult> CloseYearAsync(ProgrammeActor actor, int year, CancellationToken cancellationToken = default)
    {
        if (!actor.CanEdit)
        {
            return CommandResult.Fail(l["Programme.NotAllowed"]);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Criteria.AnyAsync(c => c.Year == year, cancellationToken))
        {
            return CommandResult.Fail(l["Assessment.CopyNothing", year]);
        }

        var row = await db.AssessmentYears.FirstOrDefaultAsync(y => y.Year == year, cancellationToken);
        if (row?.ClosedOn is not null)
        {
            return CommandResult.Fail(l["Assessment.YearClosed", year]);
        }

        if (row is null)
        {
            row = new AssessmentYear { Year = year };
            db.AssessmentYears.Add(row);
        }

        row.ClosedOn = DepartmentDate.Today(clock);
        row.ClosedBy = actor.UserId;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CommandResult.ConcurrencyConflict(l["Common.ConcurrencyConflict"]);
        }

        await audit.AppendAsync(AuditActions.AssessmentYearClosed, actor.UserId, year.ToString(System.Globalization.CultureInfo.InvariantCulture), null, cancellationToken);
        return CommandResult.Ok;
    }

    private static string Points(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture);

    private static Task<bool> IsClosedAsync(PortalDbContext db, int year, CancellationToken cancellationToken) =>
        db.AssessmentYears.AnyAsync(y => y.Year == year && y.ClosedOn != null, cancellationToken);

    /// <summary>A section letter, optionally followed by numbered levels: "A", "B.2", "C.1.3".</summary>
    [GeneratedRegex("^[A-Z](\\.[0-9]{1,3}){0,3}$")]
    private static partial Regex CodePattern();
}
