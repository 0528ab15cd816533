using System.Globalization;

namespace VendorAudit.Infrastructure.Reports;

/// <summary>The report's own words in English and French; English is the key, a missing French falls back to it.</summary>
public sealed class ReportText
{
    public static readonly IReadOnlyList<string> Languages = ["en", "fr"];

    private static readonly Dictionary<string, string> French = new(StringComparer.Ordinal)
    {
        ["Contract review"] = "Revue de contrat",
        ["Contract-review report"] = "Rapport de revue de contrat",
        ["Vendor"] = "Prestataire",
        ["Vendor code"] = "Code prestataire",
        ["Country"] = "Pays",
        ["Period"] = "Période",
        ["Issued on"] = "Émis le",
        ["Scores computed on"] = "Scores calculés le",
        ["Language"] = "Langue",
        ["English"] = "Anglais",
        ["Template"] = "Modèle",
        ["Prepared for the contract review with the vendor. Every figure is the one VendorAudit stored for the period; nothing is recomputed for this document."] =
            "Préparé pour la revue de contrat avec le prestataire. Chaque chiffre est celui que VendorAudit a enregistré pour la période ; rien n'est recalculé pour ce document.",
        ["Confidential: the brand and {0} only"] = "Confidentiel : la marque et {0} uniquement",
        ["Page"] = "Page",
        ["Executive summary"] = "Synthèse",
        ["Composite"] = "Score composite",
        ["Rank"] = "Rang",
        ["{0} of {1}"] = "{0} sur {1}",
        ["Bonus/malus"] = "Bonus/malus",
        ["Abuse index"] = "Indice d'abus",
        ["Quality"] = "Qualité",
        ["95 % interval {0}–{1}"] = "intervalle à 95 % {0}–{1}",
        ["of the monthly invoice"] = "de la facture mensuelle",
        ["{0} confirmed finding(s)"] = "{0} constat(s) confirmé(s)",
        ["Recommendation"] = "Recommandation",
        ["Renew"] = "Renouveler",
        ["Renew with an improvement plan"] = "Renouveler avec un plan d'amélioration",
        ["Escalate"] = "Escalader",
        ["Rule: escalate when the abuse index reaches {0} or the composite is under {1}; renew with an improvement plan when the statement has a malus line, a KPI misses its target or an abuse is confirmed; renew otherwise."] =
            "Règle : escalader quand l'indice d'abus atteint {0} ou que le score composite est sous {1} ; renouveler avec un plan d'amélioration quand le relevé comporte une ligne de malus, qu'un KPI manque sa cible ou qu'un abus est confirmé ; renouveler sinon.",
        ["{0} of {1} KPIs with a target meet it."] = "{0} KPI sur {1} ayant une cible l'atteignent.",
        ["Its composite interval overlaps {0} other vendor(s): the ranking does not really tell them apart."] =
            "Son intervalle composite recoupe celui de {0} autre(s) prestataire(s) : le classement ne les distingue pas vraiment.",
        ["Its composite interval overlaps no other vendor's."] = "Son intervalle composite ne recoupe celui d'aucun autre prestataire.",
        ["{0} dispute(s) on the period's scorecards, {1} resolved."] = "{0} contestation(s) sur les grilles de la période, {1} résolue(s).",
        ["{0} calls offered, {1} answered."] = "{0} appels présentés, {1} décrochés.",
        ["Scores and their intervals"] = "Scores et intervalles",
        ["Score (0–100)"] = "Score (0–100)",
        ["Value"] = "Valeur",
        ["95 % interval"] = "Intervalle à 95 %",
        ["Scorecards"] = "Grilles",
        ["Raw mean"] = "Moyenne brute",
        ["Empathy"] = "Empathie",
        ["Resolution"] = "Résolution",
        ["Compliance"] = "Conformité",
        ["Language, Empathy and Compliance come from the random sample's scorecards, shrunk toward all vendors' mean when the sample is small; Resolution also weighs repeat contacts (72 h) and transfers. The composite is the weighted quality minus a fifth of the abuse index. Bars show the score, whiskers its 95 % interval."] =
            "Langage, Empathie et Conformité viennent des grilles de l'échantillon aléatoire, ramenées vers la moyenne de tous les prestataires quand l'échantillon est petit ; la Résolution pèse aussi les rappels (72 h) et les transferts. Le score composite est la qualité pondérée moins un cinquième de l'indice d'abus. Les barres montrent le score, les moustaches son intervalle à 95 %.",
        ["Trend"] = "Évolution",
        ["Scores over the vendor's periods; the shaded band is the composite's 95 % interval."] =
            "Scores sur les périodes du prestataire ; la bande grisée est l'intervalle à 95 % du score composite.",
        ["KPIs against the contract"] = "KPI par rapport au contrat",
        ["KPI"] = "KPI",
        ["Measured"] = "Mesuré",
        ["Target"] = "Cible",
        ["Status"] = "Statut",
        ["met"] = "atteint",
        ["missed"] = "manqué",
        ["Service level"] = "Niveau de service",
        ["ASA"] = "Délai moyen de réponse",
        ["Abandon rate"] = "Taux d'abandon",
        ["AHT"] = "Durée moyenne de traitement",
        ["Repeat-contact rate (72 h)"] = "Taux de rappel (72 h)",
        ["Transfer rate"] = "Taux de transfert",
        ["Confirmed findings"] = "Constats confirmés",
        ["No abuse was confirmed for this period."] = "Aucun abus n'a été confirmé sur la période.",
        ["Agent"] = "Agent",
        ["Whole vendor"] = "Tout le prestataire",
        ["Calls"] = "Appels",
        ["Effect"] = "Effet",
        ["q-value"] = "Valeur q",
        ["Confirmed on"] = "Confirmé le",
        ["Auditor's reason"] = "Motif de l'auditeur",
        ["Sample calls"] = "Appels en exemple",
        ["Evidence"] = "Preuve",
        ["Agent hang-ups"] = "Raccrochages par l'agent",
        ["Queue dumping"] = "Délestage de file",
        ["Handle-time gaming"] = "Manipulation de la durée de traitement",
        ["Transfer deflection"] = "Transferts de déviation",
        ["System drops"] = "Coupures système",
        ["Callbacks not honoured"] = "Rappels non honorés",
        ["Contract"] = "Contrat",
        ["Disputes"] = "Contestations",
        ["Opened"] = "Ouvertes",
        ["Resolved"] = "Résolues",
        ["Still open"] = "En cours",
        ["Items accepted"] = "Points acceptés",
        ["Items partly accepted"] = "Points partiellement acceptés",
        ["Items rejected"] = "Points rejetés",
        ["Disputes the vendor opened on scorecards of calls from this period, and how the auditors ruled on each contested item."] =
            "Contestations ouvertes par le prestataire sur les grilles des appels de la période, et décision des auditeurs sur chaque point contesté.",
        ["Bonus/malus statement"] = "Relevé bonus/malus",
        ["Line"] = "Ligne",
        ["Threshold"] = "Seuil",
        ["Points"] = "Points",
        ["% of invoice"] = "% de la facture",
        ["Amount"] = "Montant",
        ["Total on a monthly invoice of {0}"] = "Total sur une facture mensuelle de {0}",
        ["Nothing earned or owed this period."] = "Rien n'est dû ni gagné sur la période.",
        ["Quality under the contract's minimum"] = "Qualité sous le minimum du contrat",
        ["Quality above the bonus threshold"] = "Qualité au-dessus du seuil de bonus",
        ["Service level under target"] = "Niveau de service sous la cible",
        ["Confirmed abuses"] = "Abus confirmés",
        ["Bonus forfeited: confirmed abuse this month"] = "Bonus perdu : abus confirmé ce mois-ci",
        ["Malus cap"] = "Plafond de malus",
        ["Bonus cap"] = "Plafond de bonus",
        ["Auditors' comments"] = "Commentaires des auditeurs",
        ["Overall comments of the period's submitted random-sample scorecards, latest first."] =
            "Commentaires généraux des grilles soumises de l'échantillon aléatoire de la période, les plus récents d'abord.",
        ["No auditor left an overall comment this period."] = "Aucun auditeur n'a laissé de commentaire général sur la période.",
        ["Call {0} · scorecard total {1}"] = "Appel {0} · total de la grille {1}",
        ["observed"] = "observé",
        ["counterfactual"] = "sans manipulation",
        ["cap"] = "plafond",
        ["peers"] = "pairs",
        ["peer"] = "pair",
        ["peer rate"] = "taux des pairs",
        ["upper limit"] = "limite haute",
        ["honoured"] = "honoré",
        ["not honoured"] = "non honoré",
        ["cut off"] = "coupés",
        ["gave up"] = "abandons",
        ["values"] = "valeurs",
    };

    private ReportText(string language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en-GB");
    }

    public string Language { get; }
    public CultureInfo Culture { get; }

    public static ReportText For(string language) =>
        Languages.Contains(language) ? new ReportText(language) : throw new ArgumentException($"No report text in '{language}'.", nameof(language));

    public string this[string english] => Language == "fr" && French.TryGetValue(english, out var french) ? french : english;

    public string Format(string english, params object?[] args) => string.Format(Culture, this[english], args);

    public string Number(double value, string format = "0.0") => value.ToString(format, Culture);

    public string Money(decimal amount, string currency) => $"{amount.ToString("N2", Culture)} {currency}";

    public string Date(DateTimeOffset at) => at.UtcDateTime.ToString(Language == "fr" ? "d MMMM yyyy" : "d MMMM yyyy", Culture);
}
