using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Organisation;
using Portal.Web.IntegrationTests.Infrastructure;

namespace Portal.Web.IntegrationTests.Features.Organisation;

public sealed class OrganisationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private T Use<T>() where T : notnull => factory.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    private async Task<Guid> RootAsync()
    {
        await using var db = await Use<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        if (await db.Units.FirstOrDefaultAsync(u => u.ParentId == null) is { } root)
        {
            return root.Id;
        }

        var form = new UnitForm { Code = "SYT", Name = "Sở Y tế", Kind = UnitKind.Department };
        Assert.True((await Use<SaveUnit>().HandleAsync(form)).Succeeded);
        return form.Id!.Value;
    }

    private async Task<UnitForm> UnitAsync(string code, Guid? parent = null)
    {
        var form = new UnitForm { Code = code, Name = $"Đơn vị {code}", ParentId = parent ?? await RootAsync() };
        var result = await Use<SaveUnit>().HandleAsync(form);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return form;
    }

    private async Task<StaffForm> StaffAsync(string name, Guid unit, UnitRole role = UnitRole.Member, Guid? manager = null)
    {
        var form = new StaffForm { FullName = name, UnitId = unit, UnitRole = role, LineManagerId = manager };
        var result = await Use<SaveStaffMember>().HandleAsync(form);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return form;
    }

    [Fact]
    public async Task SaveUnit_RefusesSecondRoot_WhenDepartmentExists()
    {
        await RootAsync();

        var result = await Use<SaveUnit>().HandleAsync(new UnitForm { Code = "ROOT2", Name = "Sở khác", ParentId = null });

        Assert.False(result.Succeeded);
        Assert.Contains("Chỉ có một đơn vị gốc", string.Join(" ", result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveUnit_RefusesLoop_WhenParentIsOwnDescendant()
    {
        var hospital = await UnitAsync("H-LOOP");
        var ward = await UnitAsync("W-LOOP", hospital.Id);
        hospital.ParentId = ward.Id;

        var result = await Use<SaveUnit>().HandleAsync(hospital);

        Assert.False(result.Succeeded);
        Assert.Contains("trực thuộc chính nó", string.Join(" ", result.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Mã đơn vị gồm")]
    [InlineData("có dấu", "Mã đơn vị gồm")]
    [InlineData("../etc", "Mã đơn vị gồm")]
    public async Task SaveUnit_ExplainsBadCode_WhenInvalid(string code, string message)
    {
        var result = await Use<SaveUnit>().HandleAsync(new UnitForm { Code = code, Name = "X", ParentId = await RootAsync() });

        Assert.Contains(message, string.Join(" ", result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveUnit_RefusesNameOf10000Characters_WithMessage()
    {
        var result = await Use<SaveUnit>().HandleAsync(new UnitForm { Code = "LONG", Name = new string('x', 10_000), ParentId = await RootAsync() });

        Assert.False(result.Succeeded);
        Assert.Contains("không quá 200 ký tự", string.Join(" ", result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveUnit_ReportsConflict_WhenTwoAdministratorsEditSameUnit()
    {
        var first = await UnitAsync("CONC");
        var second = new UnitForm { Id = first.Id, Code = first.Code, Name = first.Name, ParentId = first.ParentId, Version = first.Version };
        first.Name = "Tên của người thứ nhất";
        Assert.True((await Use<SaveUnit>().HandleAsync(first)).Succeeded);

        second.Name = "Tên của người thứ hai";
        var result = await Use<SaveUnit>().HandleAsync(second);

        Assert.True(result.Conflict);
        await using var db = await Use<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal("Tên của người thứ nhất", (await db.Units.SingleAsync(u => u.Id == first.Id)).Name);
    }

    [Fact]
    public async Task SaveStaffMember_RefusesSecondHead_NamingTheCurrentOne()
    {
        var unit = await UnitAsync("HEADS");
        await StaffAsync("Trưởng Một", unit.Id!.Value, UnitRole.Head);

        var result = await Use<SaveStaffMember>().HandleAsync(new StaffForm { FullName = "Trưởng Hai", UnitId = unit.Id!.Value, UnitRole = UnitRole.Head });

        Assert.False(result.Succeeded);
        Assert.Contains("Trưởng Một", string.Join(" ", result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveStaffMember_RefusesLineManagerLoop()
    {
        var unit = await UnitAsync("LOOPS");
        var a = await StaffAsync("Người A", unit.Id!.Value);
        var b = await StaffAsync("Người B", unit.Id!.Value, manager: a.Id);
        a.LineManagerId = b.Id;

        var result = await Use<SaveStaffMember>().HandleAsync(a);

        Assert.False(result.Succeeded);
        Assert.Contains("vòng quản lý", string.Join(" ", result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveStaffMember_RefusesBadEmail()
    {
        var unit = await UnitAsync("MAIL");

        var result = await Use<SaveStaffMember>().HandleAsync(new StaffForm { FullName = "Ai Đó", UnitId = unit.Id!.Value, Email = "not an address" });

        Assert.Contains("thư điện tử không hợp lệ", string.Join(" ", result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChainOfCommand_ClimbsFromNurseToDirector_WhenNoExplicitManagers()
    {
        var root = await RootAsync();
        var director = await StaffAsync("Giám đốc Sở", root, UnitRole.Head);
        var hospital = await UnitAsync("BV-CHAIN");
        var ward = await UnitAsync("KHOA-CHAIN", hospital.Id);
        var hospitalHead = await StaffAsync("Giám đốc BV", hospital.Id!.Value, UnitRole.Head);
        var wardHead = await StaffAsync("Trưởng khoa", ward.Id!.Value, UnitRole.Head);
        var nurse = await StaffAsync("Điều dưỡng", ward.Id!.Value);

        var chain = await Use<OrganisationDirectory>().ChainOfCommandAsync(nurse.Id!.Value);

        Assert.Equal([wardHead.Id!.Value, hospitalHead.Id!.Value, director.Id!.Value], chain);
    }

    [Fact]
    public async Task ChainOfCommand_FollowsExplicitManager_ThenContinuesUpward()
    {
        var root = await RootAsync();
        var unit = await UnitAsync("EXPL");
        var head = await StaffAsync("Trưởng phòng", unit.Id!.Value, UnitRole.Head);
        var deputy = await StaffAsync("Phó phòng", unit.Id!.Value, UnitRole.Deputy);
        var officer = await StaffAsync("Chuyên viên", unit.Id!.Value, manager: deputy.Id);

        var chain = await Use<OrganisationDirectory>().ChainOfCommandAsync(officer.Id!.Value);

        Assert.Equal(deputy.Id, chain[0]);
        Assert.Equal(head.Id, chain[1]);
        await using var db = await Use<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var rootHead = await db.StaffMembers.Where(s => s.UnitId == root && s.UnitRole == UnitRole.Head).Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
        if (rootHead is { } top)
        {
            Assert.Equal(top, chain[^1]);
        }
    }

    [Fact]
    public async Task Tree_ListsUnitsDepthFirstWithHeads()
    {
        var hospital = await UnitAsync("TREE-BV");
        await UnitAsync("TREE-KHOA", hospital.Id);
        await StaffAsync("Trưởng cây", hospital.Id!.Value, UnitRole.Head);

        var tree = await Use<OrganisationDirectory>().TreeAsync();

        var parent = tree.Single(n => n.Code == "TREE-BV");
        var child = tree.Single(n => n.Code == "TREE-KHOA");
        Assert.Equal(parent.Depth + 1, child.Depth);
        Assert.True(tree.ToList().IndexOf(child) > tree.ToList().IndexOf(parent));
        Assert.Equal("Trưởng cây", parent.HeadName);
        Assert.Contains(child.Id, await Use<OrganisationDirectory>().SelfAndDescendantsAsync(parent.Id));
    }
}
