using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>The equality questions' answers as the volunteering service names them, with the words a volunteer reads.</summary>
public static class EqualityQuestions
{
    public const string PreferNotToSay = "prefer-not-to-say";

    public static readonly IReadOnlyList<Choice> AgeBands =
    [
        new("16-to-24", "16 to 24"),
        new("25-to-34", "25 to 34"),
        new("35-to-44", "35 to 44"),
        new("45-to-54", "45 to 54"),
        new("55-to-64", "55 to 64"),
        new("65-to-74", "65 to 74"),
        new("75-and-over", "75 or over"),
        new(PreferNotToSay, "Prefer not to say"),
    ];

    /// <summary>The 2021 Census ethnic groups for England and Wales, each under its high-level group.</summary>
    public static readonly IReadOnlyList<Choice> Ethnicities =
    [
        new("bangladeshi", "Asian, Asian British or Asian Welsh: Bangladeshi"),
        new("chinese", "Asian, Asian British or Asian Welsh: Chinese"),
        new("indian", "Asian, Asian British or Asian Welsh: Indian"),
        new("pakistani", "Asian, Asian British or Asian Welsh: Pakistani"),
        new("other-asian", "Asian, Asian British or Asian Welsh: any other Asian background"),
        new("african", "Black, Black British, Black Welsh, Caribbean or African: African"),
        new("caribbean", "Black, Black British, Black Welsh, Caribbean or African: Caribbean"),
        new("other-black", "Black, Black British, Black Welsh, Caribbean or African: any other Black, Black British or Caribbean background"),
        new("white-and-asian", "Mixed or Multiple ethnic groups: White and Asian"),
        new("white-and-black-african", "Mixed or Multiple ethnic groups: White and Black African"),
        new("white-and-black-caribbean", "Mixed or Multiple ethnic groups: White and Black Caribbean"),
        new("other-mixed", "Mixed or Multiple ethnic groups: any other Mixed or Multiple ethnic background"),
        new("white-british", "White: English, Welsh, Scottish, Northern Irish or British"),
        new("white-irish", "White: Irish"),
        new("white-gypsy-or-irish-traveller", "White: Gypsy or Irish Traveller"),
        new("white-roma", "White: Roma"),
        new("other-white", "White: any other White background"),
        new("arab", "Other ethnic group: Arab"),
        new("any-other-ethnic-group", "Other ethnic group: any other ethnic group"),
        new(PreferNotToSay, "Prefer not to say"),
    ];

    public static readonly IReadOnlyList<Choice> Disabilities =
    [
        new("yes-a-lot", "Yes, a lot"),
        new("yes-a-little", "Yes, a little"),
        new("no", "No"),
        new(PreferNotToSay, "Prefer not to say"),
    ];

    public static string Label(IReadOnlyList<Choice> choices, string? answer) => choices.FirstOrDefault(c => c.Value == answer)?.Label ?? "Not answered";
}
