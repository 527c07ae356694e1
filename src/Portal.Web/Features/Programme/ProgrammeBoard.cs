using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Programme;

public sealed record TaskRow(
    Guid Id, int Year, string Code, Guid? ParentId, string Title, string? Description, Guid OwnerUnitId, string OwnerUnit, Guid? OwnerStaffId,
    string? OwnerStaff, DateOnly? StartOn, DateOnly DueOn, ProgrammeTaskStatus Status, DateOnly? CompletedOn, bool Overdue, int Reports, long Version);

public sealed record ProgressRow(Guid Id, DateOnly ReportedOn, string Text, string Author, IReadOnlyList<ProgressEvidence> Evidence);

/// <summary>What the programme page reads: a year's tasks in programme order with their owners and overdue flags.</summary>
public sealed class ProgrammeBoard(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<TaskRow>> TasksAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var today = DepartmentDate.Today(clock);
        var rows = await (
            from t in db.ProgrammeTasks.AsNoTracking()
            where t.Year == year
            join u in db.Units on t.OwnerUnitId equals u.Id
            join s in db.StaffMembers on t.OwnerStaffId equals s.Id into owners
            from s in owners.DefaultIfEmpty()
            select new
            {
                t, Unit = u.Name, Staff = s == null ? null : s.FullName,
                Reports = db.ProgressReports.Count(r => r.TaskId == t.Id),
            }).ToListAsync(cancellationToken);
        return rows
            .Select(r => new TaskRow(r.t.Id, r.t.Year, r.t.Code, r.t.ParentId, r.t.Title, r.t.Description, r.t.OwnerUnitId, r.Unit, r.t.OwnerStaffId, r.Staff,
                r.t.StartOn, r.t.DueOn, r.t.Status, r.t.CompletedOn, ProgrammeTask.IsOverdue(r.t.DueOn, r.t.Status, today), r.Reports, r.t.Version))
            .OrderBy(r => r.Code, CodeOrder.Instance)
            .ToList();
    }

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ProgrammeTasks.Select(t => t.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ProgressRow>> ProgressAsync(Guid taskId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var reports = await db.ProgressReports.AsNoTracking().Include(r => r.Evidence).Where(r => r.TaskId == taskId)
            .OrderByDescending(r => r.ReportedOn).ThenByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        var authors = reports.Select(r => r.AuthorUserId).Distinct().ToList();
        var names = await db.Users.Where(u => authors.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return reports.Select(r => new ProgressRow(r.Id, r.ReportedOn, r.Text, names.GetValueOrDefault(r.AuthorUserId, "?"), r.Evidence)).ToList();
    }
}

/// <summary>Orders "1", "1.2", "1.10", "2" as the programme text numbers them, not as strings sort.</summary>
public sealed class CodeOrder : IComparer<string>
{
    public static readonly CodeOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = int.TryParse(a[i], out var m) && int.TryParse(b[i], out var n) ? m.CompareTo(n) : string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}

public sealed record StaffOption(Guid Id, string FullName, Guid UnitId);

/// <summary>People who can own a task or a loophole: active staff, by name.</summary>
public sealed class ProgrammeOwners(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<StaffOption>> StaffAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StaffMembers.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.FullName)
            .Select(s => new StaffOption(s.Id, s.FullName, s.UnitId)).ToListAsync(cancellationToken);
    }
}
