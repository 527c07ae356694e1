using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Deadlines.Duties;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Integrity;

/// <summary>A fresh portal and database with the integrity world (units, declarants, officers) for every test.</summary>
public abstract class IntegrityTestBase : IAsyncLifetime
{
    protected PortalFactory Factory { get; } = new();

    protected IntegrityWorld World { get; private set; } = default!;

    protected DateOnly Today => DepartmentDate.Today(Factory.Clock);

    public async Task InitializeAsync() => World = await IntegrityWorld.CreateAsync(Factory);

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    protected T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    protected async Task<Duty?> DutyAsync(string kind, Guid subjectId)
    {
        await using var db = await World.DbAsync();
        return await db.Duties.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.SubjectId == subjectId);
    }
}
