namespace SocialPrescribing.Seeds.Synthetic;

/// <summary>Word lists for synthetic names: common given names and surnames of the region's communities, never real people together.</summary>
internal static class SyntheticWords
{
    public static readonly string[] FirstNames =
    [
        "Aaliyah", "Abdul", "Agnieszka", "Alan", "Amandeep", "Amir", "Angela", "Anil", "Barbara", "Bilal",
        "Carol", "Chidi", "Christine", "Darren", "Deborah", "Dorothy", "Emma", "Farah", "Gary", "Grace",
        "Gurinder", "Hassan", "Ian", "Jacqueline", "Jamal", "Janet", "Jaspreet", "Joyce", "Kamala", "Karen",
        "Keith", "Kieran", "Lakshmi", "Leanne", "Marek", "Maureen", "Mohammed", "Nasima", "Neil", "Olumide",
        "Parveen", "Patrick", "Rashida", "Rita", "Ryan", "Sandra", "Sanjay", "Shirley", "Simone", "Stephen",
        "Sunita", "Tariq", "Tracey", "Wayne", "Yasmin", "Zainab",
    ];

    public static readonly string[] LastNames =
    [
        "Ahmed", "Ali", "Bains", "Banks", "Bennett", "Bibi", "Brookes", "Chauhan", "Clarke", "Davies",
        "Dhaliwal", "Edwards", "Evans", "Fletcher", "Green", "Griffiths", "Hall", "Hussain", "Jackson", "Johal",
        "Jones", "Kaur", "Khan", "Kowalski", "Lees", "Mahmood", "Mensah", "Miah", "Morgan", "Nowak",
        "Okoro", "Parkes", "Patel", "Phillips", "Powell", "Rahman", "Roberts", "Sahota", "Shah", "Singh",
        "Smith", "Taylor", "Thompson", "Turner", "Walker", "Webb", "Whitehouse", "Williams", "Wood", "Wright",
    ];

    public static readonly string[] OrganisationThemes =
    [
        "Community", "Friendship", "Wellbeing", "Neighbours", "Together", "Good Companions", "Open Door", "Hope",
        "Canal Side", "Green Spaces", "Carers", "Over 50s", "Women's", "Men's Shed", "Family", "Recovery",
    ];

    public static readonly string[] OrganisationKinds =
    [
        "Group", "Club", "Project", "Trust", "Network", "Centre", "Association", "Collective", "Circle", "Hub",
    ];

    public static readonly string[] LegalForms = ["charity", "charity", "charity", "community-interest-company", "unincorporated-community-group"];

    /// <summary>ISO 639 codes of languages other than English commonly spoken in the Black Country and West Birmingham.</summary>
    public static readonly string[] OtherLanguages = ["pa", "ur", "bn", "pl", "gu", "ar", "ro", "so", "hi", "bfi"];

    public static readonly string[] Skills = ["listening", "driving", "cooking", "gardening", "IT support", "first aid", "singing", "crafts", "admin", "interpreting"];

    public static readonly string[] Genders = ["female", "male", "female", "male", "non-binary"];

    /// <summary>Letters a UK inward code may end in (never C, I, K, M, O or V).</summary>
    public const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static readonly string[] RejectionReasons =
    [
        "Session was cancelled that day.",
        "Logged twice; the other log is kept.",
        "Duration does not match the session register.",
        "Not a volunteering activity of this organisation.",
    ];
}
