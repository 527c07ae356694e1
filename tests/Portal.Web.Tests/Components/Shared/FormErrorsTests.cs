using Bunit;
using Portal.Web.Components.Shared;

namespace Portal.Web.Tests.Components.Shared;

public sealed class FormErrorsTests : PortalTestContext
{
    [Fact]
    public void FormErrors_RendersNothing_WhenNoErrors()
    {
        var errors = Render<FormErrors>();

        Assert.Empty(errors.FindAll("#form-errors"));
    }

    [Fact]
    public void FormErrors_OffersReloadAndKeepMine_WhenConflict()
    {
        var kept = false;
        var errors = Render<FormErrors>(p => p
            .Add(c => c.Errors, ["Người khác vừa sửa mục này"])
            .Add(c => c.Conflict, true)
            .Add(c => c.OnKeepMine, () => kept = true));

        errors.Find("#conflict-keep").Click();

        Assert.True(kept);
        Assert.NotNull(errors.Find("#conflict-reload"));
        Assert.Contains("Người khác vừa sửa mục này", errors.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void FormErrors_ShowsNoConflictButtons_WhenPlainValidationError()
    {
        var errors = Render<FormErrors>(p => p.Add(c => c.Errors, ["Tên đơn vị là bắt buộc"]));

        Assert.Empty(errors.FindAll("#conflict-reload"));
    }
}
