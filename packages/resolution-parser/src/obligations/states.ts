/**
 * Names of States as resolutions print them (Member States, observer States and the short forms Security
 * Council texts use: "decides that Iran shall ...", "demands that the Federal Republic of Yugoslavia ...").
 * A State named as the subject of a duty is a STATE_ACTION, like "Member States" or "the Government of X".
 */
const NAMES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Plurinational State of Bolivia|
Bosnia and Herzegovina|Botswana|Brazil|Brunei Darussalam|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cambodia|Cameroon|
Canada|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Côte d'Ivoire|Côte d’Ivoire|Croatia|
Cuba|Cyprus|Czechia|Czech Republic|Democratic People's Republic of Korea|Democratic People’s Republic of Korea|
Democratic Republic of the Congo|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|
Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|
Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|
Islamic Republic of Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kuwait|Kyrgyzstan|
Lao People's Democratic Republic|Lao People’s Democratic Republic|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|
Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|
Micronesia|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|
Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Pakistan|Palau|Panama|Papua New Guinea|Paraguay|Peru|Philippines|
Poland|Portugal|Qatar|Republic of Korea|Republic of Moldova|Romania|Russian Federation|Rwanda|Saint Kitts and Nevis|
Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Sudan|Spain|Sri Lanka|
Sudan|Suriname|Sweden|Switzerland|Syria|Syrian Arab Republic|Tajikistan|Thailand|Timor-Leste|Togo|Tonga|
Trinidad and Tobago|Tunisia|Türkiye|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|
United Kingdom of Great Britain and Northern Ireland|United Republic of Tanzania|United States|United States of America|
Uruguay|Uzbekistan|Vanuatu|Venezuela|Bolivarian Republic of Venezuela|Viet Nam|Yemen|Zambia|Zimbabwe|State of Palestine|
Holy See|Federal Republic of Yugoslavia|Yugoslavia|Federal Republic of Yugoslavia (Serbia and Montenegro)|Zaire|
Republic of Croatia|Republic of Bosnia and Herzegovina|Israel, the occupying Power|Ethiopia and Eritrea`;

const STATE_NAMES = new Set(NAMES.split('|').map((n) => n.replace(/\s+/g, ' ').trim()));

/** Is this actor a State named by its name ("Iran", "the Federal Republic of Yugoslavia")? */
export function isStateName(name: string): boolean {
  return STATE_NAMES.has(name.replace(/^the /, ''));
}
