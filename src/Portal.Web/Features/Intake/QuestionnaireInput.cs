namespace Portal.Web.Features.Intake;

/// <summary>The questionnaire as plain form fields (a browser without JavaScript posts exactly these).</summary>
public sealed class QuestionnaireInput
{
    public const int PersonRows = 5;

    public ReportChannel Channel { get; set; }
    public string? WhatHappened { get; set; }
    public string? When { get; set; }
    public string? Where { get; set; }
    public Guid? ConcernedUnitId { get; set; }
    public List<PersonInput> Persons { get; set; } = [.. Enumerable.Range(0, PersonRows).Select(_ => new PersonInput())];
    public string? Amount { get; set; }
    public string? HowKnown { get; set; }
    public string? FullName { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? IdNumber { get; set; }
    public bool ProtectionRequested { get; set; }
    public string? ProtectionDetails { get; set; }

    /// <summary>
    /// The form binder leaves the list null when no person field was posted, and would grow it for a
    /// crafted post: always exactly the rows the form shows.
    /// </summary>
    public QuestionnaireInput Normalised()
    {
        var rows = (Persons ?? []).Where(p => p is not null).Take(PersonRows).ToList();
        while (rows.Count < PersonRows)
        {
            rows.Add(new PersonInput());
        }

        Persons = rows;
        return this;
    }

    public ReportDraft ToDraft(string? concernedUnitName) => new()
    {
        Channel = Channel,
        Content = new ReportContent
        {
            WhatHappened = (WhatHappened ?? "").Trim(), When = Clean(When), Where = Clean(Where), ConcernedUnitId = ConcernedUnitId,
            ConcernedUnitName = concernedUnitName, Amount = Clean(Amount), HowKnown = Clean(HowKnown),
            ProtectionDetails = ProtectionRequested ? Clean(ProtectionDetails) : null,
            Persons = Persons.Where(p => !string.IsNullOrWhiteSpace(p.Name) || !string.IsNullOrWhiteSpace(p.Position) || !string.IsNullOrWhiteSpace(p.Unit))
                .Select(p => new PersonConcerned((p.Name ?? "").Trim(), Clean(p.Position), Clean(p.Unit))).ToList(),
        },
        Identity = string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) &&
                   string.IsNullOrWhiteSpace(Address) && string.IsNullOrWhiteSpace(IdNumber)
            ? null
            : new ReporterIdentity { FullName = (FullName ?? "").Trim(), Address = Clean(Address), Phone = Clean(Phone), Email = Clean(Email), IdNumber = Clean(IdNumber) },
        ProtectionRequested = ProtectionRequested,
    };

    public static QuestionnaireInput FromDraft(ReportDraft draft)
    {
        var input = new QuestionnaireInput
        {
            Channel = draft.Channel, WhatHappened = draft.Content.WhatHappened, When = draft.Content.When, Where = draft.Content.Where,
            ConcernedUnitId = draft.Content.ConcernedUnitId, Amount = draft.Content.Amount, HowKnown = draft.Content.HowKnown,
            FullName = draft.Identity?.FullName, Address = draft.Identity?.Address, Phone = draft.Identity?.Phone,
            Email = draft.Identity?.Email, IdNumber = draft.Identity?.IdNumber,
            ProtectionRequested = draft.ProtectionRequested, ProtectionDetails = draft.Content.ProtectionDetails,
        };
        for (var i = 0; i < Math.Min(PersonRows, draft.Content.Persons.Count); i++)
        {
            var p = draft.Content.Persons[i];
            input.Persons[i] = new PersonInput { Name = p.Name, Position = p.Position, Unit = p.Unit };
        }

        return input;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class PersonInput
{
    public string? Name { get; set; }
    public string? Position { get; set; }
    public string? Unit { get; set; }
}
