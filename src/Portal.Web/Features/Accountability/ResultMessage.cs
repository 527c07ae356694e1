using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Portal.Web.Features.Accountability;

internal static class ResultMessage
{
    /// <summary>Tells the person what happened: done (and late, when the legal deadline had passed) or why it was refused.</summary>
    public static void Show(ISnackbar snackbar, IStringLocalizer<SharedResource> l, AccountabilityResult result, string doneKey)
    {
        if (result.Done)
        {
            snackbar.Add(result.Late ? $"{l[doneKey]} {l["Accountability.RecordedLate"]}" : l[doneKey].Value, result.Late ? Severity.Warning : Severity.Success);
        }
        else
        {
            snackbar.Add(l[result.Problem!].Value, Severity.Error);
        }
    }
}
