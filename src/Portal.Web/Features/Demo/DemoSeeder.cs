using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Organisation;

namespace Portal.Web.Features.Demo;

/// <summary>Fills an empty portal with the demo Department. Refuses a portal that already has data, so known passwords never land in a real one.</summary>
public sealed class DemoSeeder(
    IServiceScopeFactory scopes, DatabaseInitializer database, TimeProvider clock, Keys.KeyCustody keys, Keys.Inboxes inboxes, Keys.KeyRing ring)
{
    public async Task<bool> SeedIfEmptyAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        await database.MigrateAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (await db.Units.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
        {
            await output.WriteLineAsync("The portal already has data: demo data was not added.");
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var units = new Dictionary<string, Unit>();
        var order = 0;
        foreach (var (code, name, nameEn, kind, parent) in DemoDepartment.Units)
        {
            var unit = new Unit
            {
                Code = code, Name = name, NameEn = nameEn, Kind = kind, SortOrder = order++, ParentId = parent is null ? null : units[parent].Id,
                ReceivesReports = parent is null,
            };
            units[code] = unit;
            db.Units.Add(unit);
        }

        var positions = DemoDepartment.Positions.ToDictionary(
            p => p.Code, p => new Position { Code = p.Code, Name = p.Name, NameEn = p.NameEn, IsLeadership = p.Leadership, DeclaresAssets = DemoDepartment.DeclaringPositions.Contains(p.Code) });
        db.Positions.AddRange(positions.Values);

        var staff = new Dictionary<string, StaffMember>();
        foreach (var (key, name, unit, position, role) in DemoDepartment.Staff)
        {
            var member = new StaffMember
            {
                FullName = name, UnitId = units[unit].Id, PositionId = positions[position].Id, UnitRole = role,
                Email = $"{key}@syt.binhan.example",
                SensitivePost = DemoDepartment.SensitivePosts.FirstOrDefault(p => p.Key == key).Post,
            };
            staff[key] = member;
            db.StaffMembers.Add(member);
        }

        await db.SaveChangesAsync(cancellationToken);

        await AccountSeeding.EnsureRolesAsync(scope.ServiceProvider);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var authenticatorKeys = (IUserAuthenticatorKeyStore<StaffUser>)scope.ServiceProvider.GetRequiredService<IUserStore<StaffUser>>();
        var readers = new List<Guid>();
        await output.WriteLineAsync($"Demo Department created: {units.Count} units, {staff.Count} staff. Demo accounts (password '{DemoDepartment.Password}'):");
        foreach (var (userName, roles, secret) in DemoDepartment.Accounts)
        {
            var member = staff[userName];
            var user = new StaffUser
            {
                UserName = userName, DisplayName = member.FullName, StaffMemberId = member.Id, CreatedAt = clock.GetUtcNow(),
                TwoFactorEnabled = secret is not null,
            };
            Check(await users.CreateAsync(user, DemoDepartment.Password));
            Check(await users.AddToRolesAsync(user, roles));
            if (secret is not null)
            {
                await authenticatorKeys.SetAuthenticatorKeyAsync(user, secret, cancellationToken);
                Check(await users.UpdateAsync(user));
            }

            await output.WriteLineAsync($"  {userName,-10} {string.Join(",", roles),-14} {(secret is null ? "" : $"TOTP secret {secret} (oathtool --totp -b {secret})")}");
            // Everyone gets a key pair: readers of reports, and every declarant (declarations are sealed to their author).
            readers.Add(user.Id);
        }

        await transaction.CommitAsync(cancellationToken);

        // Readers get key pairs (their recovery codes are not kept: demo keys need no recovery), and the
        // Department's inbox is opened to the handler and the Director.
        foreach (var userId in readers)
        {
            var created = await keys.CreateAsync(userId, DemoDepartment.Password, cancellationToken)
                ?? throw new InvalidOperationException("key derivation was busy while seeding");
            ring.Remove(created.SessionId);
        }

        var inboxMembers = await db.Users.Where(u => u.UserName == "handler" || u.UserName == "director").Select(u => u.Id).ToListAsync(cancellationToken);
        await inboxes.CreateAsync(units["SYT"].Id, inboxMembers, cancellationToken);
        var custodians = await db.Users.Where(u => u.UserName == "custodian").Select(u => u.Id).ToListAsync(cancellationToken);
        await inboxes.CreateAsync(Keys.Inboxes.IdentityVault, custodians, cancellationToken);
        var handler = await db.Users.Where(u => u.UserName == "handler").Select(u => u.Id).SingleAsync(cancellationToken);
        var director = await db.Users.Where(u => u.UserName == "director").Select(u => u.Id).SingleAsync(cancellationToken);
        await new DemoCases(scope.ServiceProvider, keys, ring).SeedAsync(handler, director, units["BVDK"].Id, output, cancellationToken);
        DemoProgramme.Seed(db, units, staff, director, DepartmentDate.Today(clock), clock.GetUtcNow());
        var accounts = await db.Users.Where(u => u.UserName != null).ToDictionaryAsync(u => u.UserName!, u => u.Id, cancellationToken);
        await DemoChecks.SeedAsync(db, units, staff, accounts, DepartmentDate.Today(clock), clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await DemoProgramme.TrackDutiesAsync(db, DepartmentDate.Today(clock), cancellationToken);
        await output.WriteLineAsync("Demo anti-corruption programme, loopholes register, a sample assessment tree and this year's check plan added.");
        await new DemoIntegrity(scope.ServiceProvider, keys, ring, inboxes).SeedAsync(output, cancellationToken);
        await new DemoAccountability(scope.ServiceProvider).SeedAsync(output, cancellationToken);
        await DemoOutreach.SeedAsync(scope.ServiceProvider, db, units, staff, DepartmentDate.Today(clock), output, cancellationToken);
        await DemoHistory.SweepOnceAsync(scope.ServiceProvider, output, cancellationToken);
        return true;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
