// Danger vocabulary shared by every guide: matching words, not guidance. A question with these words is answered
// as acute (red where the guide has levels): under-triage is the worst error this product can make.
// "=word" matches only that written form: "fare" and "farlig" stem to "far", which is also "far" (father) and "får" (gets).

const ABROAD = 'udlandet|abroad|hjemlandet|hjemland';
/** A marriage named, and (the second) an engagement or a religious ceremony too. */
const MARRIAGE = 'gift|giftes|gifte|ægteskab|bryllup|married|marry|marrying|marriage|wedding';
const MARRIAGE_OR_PROMISE = 'ægteskab|ægteskabet|bryllup|gift|giftes|gifte|marriage|marry|married|wedding|forlovelse|forlovelsen|forloves|engagement|vielse|vielsen|vies|nikah|nikkah';

/** Countries often named in Danish cases of marriage or "re-education" abroad; also where many citizens fled from. */
export const COUNTRY_NAMES = [
  'irak', 'iraq', 'somalia', 'pakistan', 'afghanistan', 'syrien', 'syria', 'tyrkiet', 'turkey', 'libanon', 'lebanon', 'iran',
  'marokko', 'morocco', 'palæstina', 'palestine', 'eritrea', 'egypten', 'egypt', 'sudan', 'jemen', 'yemen', 'bangladesh',
  'kurdistan', 'tjetjenien', 'chechnya', 'etiopien', 'ethiopia', 'gambia', 'guinea', 'mali', 'djibouti', 'nigeria', 'kenya',
] as const;

export const DANGER_WORDS = [
  // Machine-translated threats (set 50): "de vil slagte mig", "han skyder mig", "acid on my face", a gun.
  '=slagte|=slagtet|slaughter|slaughtered +mig|hende|ham|dig|me|her|him|you', '=skyde|=skyder|=skudt|shoot|shot +mig|hende|ham|dig|me|her|him|you',
  'syre|acid ansigt|ansigtet|face', '=pistol|=pistolen|=gevær|=geværet|=gun|=guns',
  `uden|without +mine|my|sine|her|his|hendes|hans|børnene|the +børn|children|kids ${COUNTRY_NAMES.join('|')}|${ABROAD}|tilbage|back`,
  'know|knows +where +she|he|you|i +lives|live tonight',
  'not|ikke +give|=giver|gives|have|has|får +me|mig|her|hende|the +key|nøglen|keys|nøgle',
  // Held out of sight: her passport "ligger hos svigermor", "har ikke set andre end familien", "a bullet to the head".
  '=pas|=passet|passport +ligger|lies|is +hos|with', 'ikke|not set|seen andre|anyone end|but|except|than familien|family',
  'far|faren|father|dad|bror|broren|brother|manden|husband|familien|family|=they|=de +has|har|have|holds|keeps +hendes|hans|her|his +pas|passet|passport',
  // "I dag stod far og onkel ved døren" (set 68, after she broke with the family): relatives at her door.
  'onkler|onkel|onklen|farbrødre|morbrødre|brødre|brødrene|bror|broren|fætre|fætter|fætteren|far|faren|svoger|svogeren +=ved +=døren|=hoveddøren|=opgangen =står|=stod|=stået|=banker|=bankede|=ringede|=ringer|=råbte|=råber',
  // Set 79 work-in: a trip back, and "she won't be allowed to return".
  `not|ikke +be|blive +allowed|lov +return|=back|=tilbage|=vende ${ABROAD}|${COUNTRY_NAMES.join('|')}|trip|rejse|rejsen|=ticket|billet|billetten|fly|flight`,
  // "… and what will happen to her if she doesn't move back home": a menace.
  '=what|=hvad +will|=vil|=der +=happen|=ske +to|=med +her|him|=hende|=ham +if|=hvis',
  'kugle|kuglen|bullet panden|=hovedet|head',
  // Left or taken abroad against her will: "leaving him at a school there", "flying to Iraq tomorrow … doesn't want to go".
  `leaving|leave|efterlade|efterlader|=efterlod|=efterladt +him|her|ham|hende ${COUNTRY_NAMES.join('|')}|=there|dernede|derovre`,
  // Set 77: married to a cousin at home, "givet hende til en fætter"; set 78: her baby kept until she withdraws the
  // divorce; a brother shouting that she has shamed the family.
  '=viet|=giftet|=bortgiftet|=married fætter|fætteren|=fætre|cousin|kusine|kusinen',
  '=givet|=gav|=given|=gave +hende|=her|=ham|=him +til|=to +fætter|fætteren|cousin|mand|manden|=man|=husband|=familie|=family',
  '=beholdt|=beholder|=tilbageholder|=tilbageholdt|=withholding|=withheld|=kept|=keeping =søn|=sønnen|datter|datteren|barn|barnet|baby|babyen|børnene|=son|=daughter|=child|=children =tilbage|=back =først|=når|=until|=unless|=medmindre',
  'far|faren|bror|broren|brødre|brødrene|onkel|onklen|fætter|fætteren|manden|eksmanden|father|dad|brother|brothers|uncle|cousin|husband =shouting|=råbte|=råber|=yelling|=screaming|=skreg =shamed|=skammet|skam|skammen|shame|vanæret|=dishonoured|=dishonored',
  `flying|=flyver|=flies|rejser|travelling|traveling ${COUNTRY_NAMES.join('|')}|${ABROAD} not|ikke +want|vil +to|go|afsted|med|rejse`,
  `flying|=flyver|=flies|rejser|travelling|traveling ${COUNTRY_NAMES.join('|')}|${ABROAD} vil|=wants +ikke|=not +af|afsted|go|med|rejse`,
  // To be "cured" of being gay abroad.
  `=kureres|=kurere|=kureret|=cured|=cure|=helbredes|=helbrede|=conversion ${COUNTRY_NAMES.join('|')}|${ABROAD}|dernede|derovre`,
  // Held by others than the family (set 71): "han skærer hende", older boys who took her in a car, men who surrounded
  // her and won't let her go, "getting rid of the shame".
  '=skærer|=skære|=stikker|=stikke|=stab|=stabbed|=stabs +hende|ham|=her|=him|dig|you',
  '=fyre|=drenge|=mænd|=fætre|=brødre|=guys|=men|=boys|=cousins|=brothers =taget|=tog|=took|=taken|=forced|=dragged|=pulled|=pushed bil|bilen|car',
  '=surrounded|=omringet|=omringede|=cornered =let|=lade|=lader|=slipper =go|=gå|=væk|=away',
  '=rid +=of +=her|=him', '=rid =shame|=skammen',
  // "Hendes bror har sagt at han vil gøre hende noget", "gøre noget ved hende": a threat, quoted or not.
  '=gøre|=gør +=hende|=ham +=noget', '=gøre|=gør +=noget +=ved +=hende|=ham',
  // Set 81: "what her father will do to her if …", "hvad faren vil gøre ved hende"; "cleansing the family('s honour)".
  '=what|=hvad +her|his|hendes|hans|the +father|dad|brother|brothers|family|husband|far|faren|bror|broren|brødrene|familien|manden +will|=would|=vil|=ville +=do|=gøre +=to|=ved +=her|=him|=hende|=ham',
  '=cleansing|=cleanse|=rense|=renset|=rensning +the|=familiens|=family|=æren|=honour|=honor',
  // "En aftale om ægteskab hun ikke kan komme ud af", "a marriage she can't get out of".
  `${MARRIAGE_OR_PROMISE}|aftale|aftalen|arrangement|arrangementet ikke +kan +komme +ud +af`, `${MARRIAGE_OR_PROMISE}|aftale|aftalen kan +ikke +komme +ud +af`,
  `${MARRIAGE_OR_PROMISE}|=deal|=arrangement|=agreement =cannot|not +get +out +of`,
  // The secret address is out.
  'hemmelige|skjulte|=secret|=hidden adresse|adressen|address afsløret|=exposed|=leaked|=lækket|=found|=discovered|=afsløres',
  // "Har fået bank af faren med et bælte": beaten ("få bank"), not a bank.
  'fået|få|får|fik|=giver|=give|=gav|=givet +=bank|=klø|=prygl', 'bælte|bæltet|belt =slået|=slog|=slår|=bank|hit|beat|beaten|pryglet',
  // "Kan kun løses med blod"; a split lip; only seen at the window.
  'løses|løse|solved|settled +med|with +blod|blood', 'split|flækket|flækkede|sprukken +lip|læbe',
  // "Tør ikke gå udenfor", "doesn't dare go out": afraid to leave where she hides.
  'tør|dare|=dares +ikke|not +gå|go|komme|forlade +ud|udenfor|outside|out',
  // The family's words for punishment and worse: "lære søsteren en lektie", "teach her a lesson", "gøre en ende på ham".
  'lære|lærer|lært +hende|ham|søsteren|broren|datteren|=sønnen|kusinen +en +lektie|lærestreg', 'teach|taught|teaching +her|him|his|their +sister|brother|daughter|son|wife|a +lesson',
  'gøre|gør|=gjort +en +ende +på +ham|hende',
  // "Hvis jeg ikke kommer torsdag, så ved du hvorfor".
  'så +ved +du +hvorfor', 'you +know +why +if|when',
  // Fetched from the crisis centre by the family; relatives asking around where he sleeps; "finder hende uanset hvad".
  'hentet|hentede|henter krisecentret|krisecenteret|krisecenter|krisecentre', 'fetched|picked shelter|safehouse|krisecenter|krisecentret',
  'cousins|fætre|=fætrene|brothers|brødrene|uncles|onkler|onklerne|familien|family|=relatives asking|asked|asks|=spørger|spurgt|spurgte =where|which|hvor|=hvilket|=hvilken =staying|sleeps|sleeping|sover|=hostel|herberg|herberget',
  'finde|finder|find|finds +hende|ham|her|him|dig|you uanset|=wherever|matter',
  // After she fled (set 68): relatives hammering on her door; a photo of her own door or new address sent to her; her
  // address posted online; not back at the shelter after a "reconciliation meeting"; a safety plan's check-in missed.
  'far|faren|bror|broren|brødre|brødrene|onkel|onklen|onkler|fætre|=fætrene|familien|manden|eksmanden|svigerfamilien|father|dad|brother|brothers|uncle|uncles|cousins|family|husband|laws =hamrer|=hamrede|=hamret|=hammering|=banging|=banged|=pounding|=pounded døren|dør|hoveddøren|door',
  'billede|billeder|foto|fotos|photo|photos|picture|pictures|screenshot|screenshots|skærmbillede|skærmbilleder +af|of +sin|sit|hendes|hans|her|his|their +opgang|opgangen|trappeopgang|hoveddør|hoveddøren|=dør|=døren|door|building|bygning|bygningen|adresse|adressen|address',
  '=posted|=postet|=postede|=delt|=delte|=shared|=lagt|=udstillet|=published|=offentliggjort adresse|adressen|address online|=nettet|=internettet|=internet|facebook|instagram|tiktok|snapchat|whatsapp|gruppe|gruppen|group',
  'ikke|not|never|aldrig +kommet|=vendt|=returned|=come|=came|=been +tilbage|back krisecenter|krisecentret|shelter|forsoningsmøde|forsoningsmødet|=reconciliation',
  'sikkerhedsplan|sikkerhedsplanen|=safety ikke|not|=hasn|=hasnt|=didn|=missed +meldt|=checked|=check|=svarer|=svaret|=answering|=answered|=reached|=reachable',
  // Fled to a shelter, and the family asks where she is.
  'krisecenter|krisecentret|krisecenteret|shelter|=flygtet|=fled familien|family|far|faren|bror|broren|brødrene|father|dad|brother|brothers|onkel|uncle|manden|husband|eksmanden|svigerfamilien =spurgt|=spørger|=spurgte|=asked|=asking|=asks|=krævet|=krævede|=demanded|=demanding hvor|where|adresse|adressen|address',
  // An attempt to take her child from the kindergarten or school.
  '=forsøgte|=forsøger|=prøvede|=prøver|=tried|=tries|=attempted|=trying tage|take|snuppe|=snatch|=grab|=grabbed|kidnappe barn|barnet|børnene|datteren|=sønnen|mindste|=yngste|child|children|kid|kids|=son|daughter|=youngest|baby|babyen børnehave|børnehaven|vuggestue|vuggestuen|dagpleje|dagplejen|skole|skolen|daycare|kindergarten|nursery|school',
  // "De sender ham 'hjem', og så kommer han aldrig tilbage".
  '=sender|sende|sendt|send|sending hjem|home aldrig|never tilbage|back',
  // "She won't need her residence permit after the trip": left abroad.
  'brug|need|needs opholdstilladelse|opholdstilladelsen|=residence ikke|not|nt|wont',
  'livsfare|danger|dangerous|endangered', 'i +=fare', '=farlig|=farligt|=farlige situation|situationen|derhjemme',
  'truet|trusler|truer|trussel|=trues|threat|threats|threatened|threatening',
  // Swedish, from a Scandinavian colleague: "hotar att döda". Written forms: "hot" is English too.
  '=hotar|=hotat|=hotade|=hotet|=hotelse|=hotad',
  'vold|voldelig|voldeligt|violence|violent|abuse|abused|mishandling|mishandlet',
  // Written forms: "attached" is one letter from "attacked".
  '=overfaldet|=overfald|=overfaldt|=assaulted|=assault|=attacked',
  '=slået|=slår|=slog|tæsk|tæsket|tæver|tævede|tævet|=sparket|=sparkede|=sparker|=bælteslag|=bælteslagene|pryglet|prygl|=belted|=whipped|beaten|beat|beating|hit|hits',
  // Written form: "akutmodtagelsen" (A&E) begins with "akut".
  '=akut|acute|emergency|nødsituation|nødstilfælde',
  'bortført|bortføre|bortførelse|kidnapped|kidnap|abducted|abduction',
  'genopdragelsesrejse|genopdragelse|genopdragelsesrejser|reeducation', 're education',
  // "Han skal 'opdrages' dernede": a re-education stay, in the family's word.
  `opdrages|opdrage|opdraget|genopdrages ${ABROAD}|${COUNTRY_NAMES.join('|')}|dernede|derude|derovre`,
  `sendt|sendes|sende|sent|send ${ABROAD}|${COUNTRY_NAMES.join('|')}|væk|bort|away`, 'sendt|sendes|sende|sent|send landet|country',
  // Taken or left abroad: the trip that ends in a marriage or a "re-education" stay. Not "taget en uddannelse i
  // udlandet" or "she left Iraq": where a citizen studied or came from is not a danger.
  `efterlade|efterladt|efterlades|efterlod|abandoned|leave|left|leaving ${ABROAD}`, `take|taking ${ABROAD}`, `tage|tager|tages med ${ABROAD}`,
  // "=taget", "=taken": written forms only, since "tage" and "take" stem like them ("husk at tage pas med").
  'pas|passport =taget|=frataget|konfiskeret|tog|gemt|gemmer|beholder|=inddraget|=inddrog|=taken|took|confiscated|hidden|hides|keeps|kept',
  // "Mand tager pas": a relative takes it. Not "husk at tage pas med".
  'mand|manden|husband|far|faren|bror|broren|familien|family|brother|father =tager|=takes pas|passet|passport|passports',
  // Not back from a holiday abroad: the marriage or "re-education" stay may have begun.
  'ikke|not kommet|come|returned|vendt tilbage|back ferien|sommerferien|ferie|holiday|holidays|break|weekend|weekenden|samvær|samværet|besøget|visit',
  // Relatives coming to take her back tonight; fetched home, and nobody can reach her since.
  'take|taking|tage|tager|hente|henter her|hende back|tilbage tonight|=nat|natten|iaften|=now',
  'onkler|onklerne|onkel|brødre|brødrene|bror|far|faren|familien|uncles|brothers|father|family hentet|hentede|fetched|taken|took ingen|nobody|noone fat|=reach|contact|kontakt',
  // Taken away by the family: "blev taget væk af far og onkler".
  'far|faren|onkler|onklerne|brødre|brødrene|familien|father|dad|uncles|brothers|family taget|tog|taken|took|hentet|ført væk|away',
  // Driven to the airport: "bliver kørt til lufthavnen i morgen".
  'bliver|blive|being|is|was kørt|køres|driven|taken lufthavn|lufthavnen|airport', '=kører|=kørte|=driving|=drive|=drives|=tager|=taking|=take me|mig +til|to +lufthavn|lufthavnen|airport|the',
  // The children taken from the institution without her knowing.
  'hentet|hentede|taget|tog|took|taken|picked børnene|børn|kids|children uden|without =vidste|=viden|knowing|knew|samtykke|consent|tilladelse|permission',
  // "Spurgte om hun kunne få et andet sted at sove": she cannot stay at home tonight.
  'andet|another +sted|place +at|to +sove|sleep',
  // Guarded in turns; pushed down the stairs.
  '=guarding|=guards|=guarded|=bevogter|=bevogtet|=bevogte =her|=hende', 'pushed|shoved|skubbet|skubbede|kastet|=threw|=thrown down|ned +stairs|the|trappen|trapperne',
  // She must get to safety now: "skal i sikkerhed", "needs a safe place tonight".
  'skal|må|skulle +i +sikkerhed', 'get|bring|brought|taken|take +to +safety',
  'skal|må|needs|need|brug|behov sikkert|sikker|safe ophold|sted|place nu|now|straks|tonight|=nat|akut|immediately',
  'skal|må|needs|need på|to|i +sikker|sikkert|safe +institution|ophold|house|placement',
  // Taken home by force.
  'take|taking|tage|tager|hente|henter|drag|bring her|hende|him|ham by|med +force|magt',
  // Not come home overnight: missing. "Hun er ikke kommet hjem i nat".
  'ikke|not kommet|come|came|returned +hjem|home nat|natten|=night|weekenden|weekend|døgn|døgnet|dage|days',
  // Taken or sent abroad for good ("for good" and "for altid" are read as "permanently": idioms.ts).
  `take|taking|takes|tage|tager|sending|send|sendt|sende|moving|flytte ${ABROAD}|${COUNTRY_NAMES.join('|')} permanently`,
  // "Hun kommer ikke tilbage til Danmark": left abroad.
  'ikke|not kommer|komme|skal|come|coming|going tilbage|back danmark|denmark',
  // A virginity check: an honour-related control the family enforces with a threat.
  'jomfru|jomfruhinde|jomfruhinden|jomfrudom|mødom|virgin|virginity tjekke|tjekket|tjek|tjekker|undersøge|undersøgt|undersøgelse|check|checked|checking|test|tested|testing|læge|lægen|doctor',
  'ikke|not været|been skole|skolen|school|arbejde|work|sprogskole|sprogskolen siden|since ferien|sommerferien|holiday|holidays|break',
  '=flygte|=flygtet|=flygter|=flygtede|=flygtende|flee|fled|fleeing|escape|escaped', 'run|ran|running|runs away|off', 'stukket|stikker|stikke af',
  'løbet|løber hjemmefra', 'forsvundet|forsvandt|disappeared|savnet|savnes',
  // "=missing": "misses" stems like it, and "a young person who misses a lot" is absence, not a missing person.
  'gone|went|reported =missing', '=missing since', '=missing person|girl|boy|daughter|son|child|citizen',
  'selvmord|selvmordstanker|suicide|suicidal', 'selvskade', 'self harm',
  // Suicide and self-harm in everyday words. Danish "dø" folds to "do", so it stands only beside Danish words.
  'tage|tager|taget|tog|take|takes|took|taking eget|own liv|livet|life', 'ende|afslutte|end|ending livet|liv|life',
  'ende|afslutte +det +hele', 'end +it +all', 'vil|ønsker|hellere dø', 'hellere død', 'want|wants|wanted|rather|wish|wishes +die|dead', '=rather +=she|=he|=her|=him +=were|=was|=be +=dead', '=rather +=see dead|død',
  'leve ikke mere|længere', 'want|wants live anymore|longer', 'skade|skader|skadet selv',
  'kill|killing|hurt|hurting|harm|harming|cut|cuts|cutting herself|himself|themselves|myself',
  // Marks of violence.
  'blå|blåt|black mærker|mærke|øje|eye', 'blåmærke|blåmærker|bruise|bruises|bruised|bruising',
  'skade|skader|skadet|sår|injury|injuries|injured|wounds ansigtet|ansigt|face',
  // "=hjem", "=hjemme": written forms, since a home visit ("hjemmebesøg", idioms.ts) begins with "hjem".
  'tør ikke =hjem|=hjemme|=derhjemme|=hjemmet',
  // "She can't / won't go home" ("won't" is read as "wo not"); a home visit is read as one by an idiom (idioms.ts).
  'ikke|not|cannot|cant|wont go|gå|tage +=home|=hjem',
  // "Her brother said she would regret it": a threat from the family.
  'bror|broren|brødre|brødrene|far|faren|familien|onkel|onklen|onkler|brother|brothers|father|dad|family|uncle|uncles fortryde|fortryder|angre|regret|regrets',
  // Sent away for good: a one-way ticket, no return.
  'one way ticket|tickets|billet|flight|flights', 'enkeltbillet|envejsbillet|enkeltrejse', 'ingen|uden retur|returbillet|hjemrejse', 'no|without return ticket|tickets|flight',
  // Thrown out by the family: no safe place to go.
  'smidt|smidte|smides|smider|kicked|thrown ud|out hjemmefra|hjemmet|huset|home|house|familien|family|broren|faren|manden|brother|father|husband',
  // She asks that her family must not know: "hun bad os om ikke at ringe hjem", "she begged us not to call home".
  'bad|beder|bede|tigger|tiggede|begged|begs|asked|pleaded ikke|not ringe|ring|kontakte|call|phone|contact hjem|home|familien|family|forældrene|parents',
  // "She's begging us not to send her home today".
  'bad|beder|bede|tigger|tiggede|begged|begs|begging|pleaded ikke|not +=send|sende|sendt +hende|her|ham|him +hjem|home',
  // Sleeping at a friend's because of what the family said: she cannot stay at home.
  // "Staying at a friend's" is read as sleeping there by an idiom (idioms.ts): "stays" alone is in "stays at home".
  'sover|sov|sove|=sleeping|=sleeps|=slept hos|at|on veninde|veninden|ven|vennen|friend|friends|sofa|couch pga|fordi|since|because|efter|after',
  'sov|sover|sove|sleeping|slept|sleeps bil|bilen|car|gaden|street|trappeopgang|stairwell',
  // Marks on the body; a relative who "ended up in hospital"; stalked; shouting for help.
  'mærker|marks arme|armene|arms|arm|hals|halsen|neck|krop|kroppen|body|ansigt|ansigtet|face',
  // A broken bone, and a relative behind it: not "broke his arm playing football".
  'brækket|brækkede|brækker|broken|broke|fractured arm|armen|arme|finger|fingeren|fingre|næse|næsen|nose|ribben|ribs|kæbe|kæben|jaw|hånd|hånden|hand|wrist|håndled bror|broren|far|faren|mand|manden|onkel|brother|father|dad|husband|uncle|familien|family',
  // Burns and scars: "burns on her arm", "brandsår på hænderne". "=burns", "=burnt": "burned out" is tired, not hurt.
  '=burns|=burnt|=scalded|=scars|brandsår|brandmærker|brændemærker|forbrændinger arme|armene|arms|arm|hænder|hænderne|hands|hand|hals|halsen|neck|krop|kroppen|body|ansigt|ansigtet|face|skin|huden',
  'endte|ender|ended|ends hospital|hospitalet|sygehus|sygehuset|skadestue|skadestuen',
  'stalking|stalker|stalket|forfølger|forfulgt|forfølges', 'circling|circles|circled building|house|flat|home|opgang|opgangen|huset',
  'råber|råbte|råbe|skriger|skreg|screaming|shouting|screamed|shouted om|for hjælp|help',
  // Male relatives on their way "to deal with her".
  'onkler|onklerne|uncles|brothers|brødre|brødrene|fætre|cousins coming|kommer|arriving|vej|way deal|ordne|handle|tage',
  // "Coming to talk to her": not "hendes onkler bestemmer …, hun kommer til studievejledning, vi snakkede".
  'onkler|onklerne|uncles|brothers|brødre|brødrene|fætre|cousins coming|kommer|arriving|vej|way snakke|talk =hende|=her|=ham|=him',
  // "Her brothers are coming to get her tonight": not "her father picks her up after the party", nor one brother
  // "after school" ("after" is one letter from "aften").
  'onkler|onklerne|=uncles|=brothers|brødre|brødrene|fætre|=cousins coming|kommer get|hente|henter tonight|iaften|=nat|natten|=aften',
  // Relatives waiting in a car outside her building; flown in from abroad "to sort it out".
  'onkler|onkel|farbrødre|morbrødre|brødre|brødrene|bror|broren|fætre|fætter|familien|far|faren|manden|eksmanden|uncles|uncle|brothers|brother|cousins|cousin|family|father|husband holdt|holder|parkeret|sad|sidder|venter|ventede|parked|sat|sitting|waited|waiting bil|bilen|car uden|udenfor|foran|outside opgang|opgangen|hus|huset|lejlighed|lejligheden|building|house|flat|door|døren',
  // Relatives standing outside her door or building ("står uden for døren", "stået nede foran hendes opgang").
  'onkler|onkel|onklen|farbrødre|morbrødre|brødre|brødrene|bror|broren|fætre|=fætrene|fætter|fætteren|far|faren|familien|manden|eksmanden|svigerfamilien|svoger|svogeren|=svigerfar|=svigerfaren|uncles|uncle|brothers|brother|cousins|cousin|father|dad|family|husband|laws =står|=stod|=stået|=stående|standing|stands|stood|=parked|=parkeret|=parkerede|=waiting|=venter uden|udenfor|foran|outside døren|dør|door|opgang|opgangen|hoveddøren|building|jobcentret|jobcenter|job|skolen|school',
  // "Her brothers will hurt her if she comes home", "gøre hende fortræd": harm from the family, not self-harm. Written
  // forms, and each language apart: "hurtigt" begins with "hurt", and Danish "det her" is not English "her".
  'uncles|uncle|brothers|brother|cousins|cousin|father|dad|family|husband|laws =hurt|=harm|=hurting|=harming =her|=him',
  'onkler|onkel|onklen|farbrødre|morbrødre|brødre|brødrene|bror|broren|fætre|=fætrene|fætter|fætteren|far|faren|familien|manden|eksmanden|svigerfamilien =skade|=skader|=fortræd =hende|=ham',
  // Relatives coming for her at night: "henter hende i nat", "kommer efter hende i nat". Not her father picking her up
  // this evening ("i aften").
  'onkler|onkel|onklen|farbrødre|morbrødre|brødre|brødrene|bror|broren|fætre|=fætrene|fætter|fætteren|uncles|uncle|brothers|brother|cousins|cousin henter|hente|hentes|fetch|collect =nat|natten|=tonight',
  'onkler|onkel|onklen|brødre|brødrene|bror|broren|fætre|=fætrene|fætter|fætteren|familien|uncles|uncle|brothers|brother|cousins|cousin|family kommer|coming efter|for =hende|=her|=ham|=him =nat|natten|=tonight',
  // Not at school or work, and the family went to the airport: the trip may have begun.
  'ikke|not mødt|kommet|showed|been|været skole|skolen|school|arbejde|work lufthavn|lufthavnen|airport',
  // The family has the women's shelter's address.
  'onkler|onkel|onklen|farbrødre|morbrødre|brødre|brødrene|bror|broren|fætre|=fætrene|fætter|fætteren|far|faren|familien|manden|eksmanden|svigerfamilien|uncles|uncle|brothers|brother|cousins|cousin|father|dad|family|husband|laws krisecenter|krisecentret|krisecentrets|shelter|shelters adresse|adressen|address',
  `onkler|farbrødre|morbrødre|brødre|brødrene|fætre|uncles|brothers|cousins fløjet|fløj|flew|flown ind|in ${COUNTRY_NAMES.join('|')}|${ABROAD}`,
  // Hiding from the family or at a friend's: read as the word for a hiding place by an idiom (idioms.ts).
  'skjulested|hideout',
  // "Hun har set sin fætter holde øje med hendes opgang": relatives watching where she lives ("holde øje" is read as
  // "overvåger": idioms.ts); the family standing outside to take her with them; fetched from work by two cousins, or from
  // school by her uncle, and not come home; her passport gone before a flight.
  'fætter|fætteren|cousin|bror|broren|brother|onkel|uncle|brødrene =overvåger|=watching|=watches opgang|opgangen|building|lejlighed|lejligheden|flat|hus|huset|house|door|døren',
  'familien|family|bror|broren|far|faren|brødre|brødrene|fætre|svoger|svogeren =står|=venter|=standing|=waiting udenfor|outside vil|want|wants|=tager|=tage|=take|=taking hende|her med|with|along|away',
  'hentet|hentede|fetched|picked af|by +to|two|sine|his|her|hans|hendes|the +fætre|=fætrene|cousins|brødre|brødrene|brothers|onkler|uncles',
  'ikke|not kommet|come|came hjem|home hentede|hentet|picked|fetched|took|taken bil|bilen|car',
  'pas|passet|passport =gone|væk|=missing|forsvundet fly|=flyver|flight|flying|afsted|rejser|travel|trip',
  // "She's seen his cousin outside her building twice": relatives watching where she lives.
  '=set|=seen|=saw|=spotted fætter|fætteren|cousin|cousins|bror|broren|brother|brothers|onkel|uncle|brødrene udenfor|outside|foran opgang|opgangen|building|hus|huset|house|lejlighed|lejligheden|flat|door|døren',
  // Screams heard from where she is kept: "en nabo har hørt skrig".
  'hørt|heard skrig|screams|screaming|skrige',
  // A text from her brother: he is waiting outside, and she is dead ("han venter udenfor og at hun er død").
  '=venter|=waiting|=waits|=står|=standing udenfor|outside død|dead|dræbt|killed',
  // At the crisis centre, and the family will find her or wants her home ("de nok skal finde hende", "få hende hjem
  // igen"); sent to fetch her "uanset hvad"; she must come home whatever happens.
  'krisecenter|krisecentret|krisecenteret|shelter =finde|=finder|find|=hente|=henter|=få|get +hende|her',
  // "No matter what", not "does it matter … get her started on an education" (set 83).
  'hente|henter|hentes|fetch|get +hende|her uanset|=whatever', 'hente|henter|hentes|fetch|get +hende|her =no +=matter', 'skal|must +hjem|home +uanset|=whatever|no',
  // Disowned: "she is no longer our daughter", "he has no son anymore", "du er død for os".
  // Each pair together: not "no longer allowed in the mixed group … her parents … who she ends up with" (set 80).
  'no|not|ikke|ingen +longer|længere|anymore|mere our|their|vores|deres +daughter|datter|son|søn', 'has|have|har +no|ingen +daughter|datter|son|søn anymore|longer|længere|mere',
  'død|dead +for|to +os|us|familien|family|dem|them|=him|=ham|=her|=hende|=me|=mig',
  // Set 81 (interpreters): "for os er du allerede død", "to us you are dead".
  '=for|=to +=os|=us +=er|=are|=is +du|hun|han|=you|=she|=he +død|=dead',
  // Pulled into a car, taken away.
  'trukket|tvunget|hevet|slæbt|pulled|dragged|bundled ind|into bil|bilen|car|van',
  // "Sold to an older man"; "ender i en kiste".
  'solgt|sælge|sælger|solgte|sold|sell|selling hende|her|datteren|daughter', 'solgt|sold ægteskab|ægteskabet|marriage|bryllup|wedding|gift', '=kiste|=kisten|ligkiste|coffin', 'afraid|scared|frightened|dare home', '=bange|frygter hjem|hjemme', 
  // Written forms: "knivsæt" (a chef's knife set) begins with "kniv", "stabil" with "stab".
  '=kniv|=kniven|=knive|=knivene|knivstik|knivstikket|knivstikkeri|=knife|=knives|=stabbed|våben|weapon',
  'terrified|terrorised|terrorized|livrædd|rædselsslagen|skrækslagen|dødsens|panikslagen',
  // "Hun sidder på mit kontor og ryster".
  '=ryster|=rystede|=skælver|=shaking|=trembling',
  // Female genital cutting: named, or "cut", "omskåret", "renset" on a trip or in a named country.
  'kønslemlæstelse|kønslemlæstes|kønslemlæstet|kønslemlæste|fgm|mutilation|mutilated',
  'omskæres|omskæring|omskåret|omskære|circumcised|circumcision|circumcise pige|pigen|piger|pigerne|datter|datteren|døtre|døtrene|girl|girls|daughter|daughters',
  `=cut|=renses|=renset|=rense|=rene pige|pigen|piger|pigerne|datter|datteren|døtre|døtrene|girl|girls|daughter|daughters rejse|rejsen|trip|ferie|ferien|sommerferien|holiday|${COUNTRY_NAMES.join('|')}`,
  // "Before the family comes to get her themselves" (not "her brother comes to get her after school").
  'family|familien|brother|bror|broren|brødre|brothers comes|coming|kommer get|hente|henter themselves|selv',
  // "Kommer du ikke levende hjem", "you won't walk again", "next time will be worse". Not a women's shelter: that is a
  // contact the guides list, asked for by name.
  'ikke|not|never levende|alive hjem|home|tilbage|back|derfra|out|ud|fra|from', 'not|never walk again',
  'next|næste +time|gang worse|værre', 'swollen|hævet|hævede|opsvulmet lip|læbe|læben|eye|øje|øjet|face|ansigt|ansigtet|cheek|kind',
  // A family council deciding a punishment; a police report to be withdrawn.
  'straffes|straffe|straffet|punished|punish|punishment familieråd|familierådet|onkler|onklerne|uncles|brødre|brothers|familien|family|far|faren|father|fætre|=fætrene|fætter|fætteren|cousins|cousin',
  'trække|trækker|trak|trukket|withdraw|withdrawn|drop anmeldelse|anmeldelsen|politianmeldelse|politianmeldelsen|charges|complaint',
  'withdraw|withdrawn|drop police report',
  // Taken away: "they are taking me somewhere", brothers taking her to the airport tonight.
  'taking|take|takes|tager|tage me|mig|her|hende somewhere',
  'lufthavn|lufthavnen|airport brødre|brødrene|brothers|onkler|uncles|fætre|cousins bil|bilen|car|tonight|aften|iaften|nat|natten',
  // "He'll take the kids and she'll never see them again", "så ser hun ham aldrig mere".
  'never|aldrig see|se|ser them|dem|him|ham|her|hende|kids|børnene|children again|igen|mere',
  // "A woman who leaves doesn't get to keep her face".
  'not|ikke|never keep|beholde her|hendes|sit face|ansigt|ansigtet',
  // Thrown out: "don't bother coming home".
  'not bother coming|come home',
  '=bange|frygter|frygt|afraid|scared|frightened|fear familie|familien|family|far|faren|bror|broren|mand|manden|father|brother|husband|parents|forældre|forældrene|sønnen|sønnerne|=son|=sons',
  // Set 84 (older citizens): taken abroad against her will and not let home; nobody has seen her.
  `=taget|=tog|=taken|=took +hende|=her|ham|=him +med|=with|=to ${COUNTRY_NAMES.join('|')}|${ABROAD}`,
  `ikke|not +lov|=allowed +komme|=come +hjem|home|tilbage|back ${COUNTRY_NAMES.join('|')}|${ABROAD}|dernede|derovre`,
  'ingen|nobody +har|=has|=have +set|seen +hende|=her|ham|=him',
] as const;

export const HONOUR_KILLING_WORDS = [
  // "Mit blod er halal for dem", "your blood is not holy anymore"; "de vasker skammen med blod"; "bedre under jorden".
  'blood|blod|blodet halal|holy|hellig|helligt|fri|free', 'skam|skammen|shame vaske|vasker|vaskes|wash|washed|rense|renser|renses blod|blood', '=under +jorden',
  // "Hvis hun går fra ham, ender hun som sin kusine. Kusinen døde": the fate of a relative, held out as a threat.
  'ender|ende|ends|end +som|ligesom|like|up døde|død|dræbt|died|dead|killed|murdered',
  'æresdrab', 'æresdrabet', 'ære|æren|æres drab|dræbe|dræbt|mord|ihjel',
  'honour|honor killing|killed|kill|murder|crime', 'ihjel', 'dræbe|dræbt|dræber|dræbes', 'henrettet|henrette|henrettes|executed|execute', 'myrde|myrdet|mord',
  // Written forms: a "killer workload" begins with "kill".
  '=kill|=killed|=kills|=killing', 'murder|murdered|murdering', '=döda|=dödar|=dödat|=mörda|=mördar|=drepe|=dreper|=drept', 'dødstrusler|dødstrussel',
  'death threat|threats|threatened', 'truet|trusler|truer|trussel livet|liv|død|døden',
  'threat|threats|threatened|threatening life|death|kill', 'livsfare', 'life danger|risk|threatened',
  // "The family's honour must be restored": the words of an honour-related threat.
  'ære|æren|æres|honour|honor|namus|sharaf|=ird|izzat genoprette|genoprettes|genoprettet|restore|restored|restoring|rense|renses|cleanse|cleansed|=clean|=cleaned|=cleaning|hævne|hævnes|avenge|avenged|vaske|vaskes|wash|washed|blod|blood',
  // "Han skal ligge i jorden": dead and buried.
  // Written forms: "jordemoder" (midwife) and "gravid" (pregnant) begin like "jorden" and "graven".
  'ligge|ligger|lægges =jorden|=graven|=grøft|=grøften|=ditch', 'ender|ende|havner|havne|ends|end =grøft|=grøften|=ditch',
  // "Doesn't deserve to live", "won't live to see the wedding", "never see the light of day", "found dead".
  'fortjener|fortjene|deserve|deserves ikke|not leve|live|livet|life', 'not live see', 'aldrig|never dagens|day lys|light|daylight',
  // "Faren siger hun skal dø", "she deserves to die". Danish "dø" folds to "do", so it stands only beside Danish words.
  // Together (set 84): not "what should I do … after her husband died".
  'skal|skulle|fortjener dø', 'must|should|deserves|deserve|deserved +die',
  'fundet|found død|dead|dræbt|killed', 'shot|skudt fætter|fætteren|cousin|kusine|kusinen|søster|søsteren|sister|bror|broren|brother',
  // "Min far finder mig", "skaffe hende af vejen".
  'far|faren|bror|broren|brødre|brødrene|familien|onkel|onkler|fætter|fætteren|fætre|eksmand|eksmanden|manden|father|dad|brother|brothers|family|uncle|uncles|cousin|cousins|husband finder|find|finds|finde +mig|me|dig|you',
  // "Så finder min far mig": the subject after the verb.
  'finder|finde +min|din|hendes|hans|my|your|her|his +far|faren|bror|broren|brødre|familie|familien|mand|manden|onkel|father|dad|brother|brothers|family|husband|uncle +mig|dig|me|you',
  // "Nobody will find her body", "de finder aldrig hendes lig", "nobody will ever find my body" (set 81).
  'finder|find|finds|finde|found|fundet +hendes|her|his|hans|dit|your|my|mit|min +body|lig|liget',
  // "Så 'ordner' de hende": dealt with, in the family's words.
  '=ordne|=ordner|=ordnes =hende', 'skaffe|skaffes|rydde|ryddes vejen',
  'ære|æren|honour|honor krænket|krænke|plettet|violated|stained|tabt|lost|vanæret|ødelagt|destroyed',
  'vanære|vanæret|vanæren|dishonour|dishonor|dishonoured|dishonored',
  // "They'll bury her". "Så er hun død" is read as a death threat by an idiom (idioms.ts).
  'bury|buries|burying|begrave|begraver her|hende|him|ham',
  // "Så tager min onkel mit liv", "she'd pay with her life", "the shame must be fixed".
  'tage|tager|tog|take|takes|took mit|hendes|hans|my|her|his liv|livet|life', 'betale|betaler|pay|pays|paid med|with liv|livet|life',
  'skam|skammen|shame|ære|æren|æres|honour|honor ordnes|ordne|ordnet|fix|fixing|fixed|=dealt|=handled|betale|pay|paid|renses|rense|cleanse|cleansed|=ende|=ends|=ended|=ending',
  // "Bedre du er død end denne skam", "better dead than dishonoured"; "han vil knække mine ben".
  'bedre|better død|dead =end|=than skam|skammen|shame|vanære|dishonour|dishonor|dishonoured|dishonored',
  '=knække|=knækker|=brække|=brækker|=break|=breaks +mine|hendes|hans|dine|=her|=his|=your|=my +=ben|=benene|=arme|=armene|=legs|=arms|=nakken|=neck',
  // "Rense familiens navn": the family's name cleansed, the words of an honour-related threat.
  'rense|renses|renset|cleanse|cleansed|clear familiens|family navn|navnet|name',
  // "Hun overlever det ikke", "he won't survive it".
  // Written forms: "overlevering" (a handover) stems to "overlever".
  'ikke|not|never|aldrig =overlever|=overleve|=overlevet|=survive|=survives|=surviving',
] as const;

export const FORCED_MARRIAGE_WORDS = [
  // An engagement held "uden hun var der"; a nikah made over the phone.
  'forlovelse|forlovelsen|nikah|nikkah|vielse|vielsen|bryllup|engagement|wedding uden|without der|=there|present|stede',
  'nikah|nikkah|vielse|gift|giftet|married over|via|on telefon|telefonen|phone|=video',
  // "Der står en ring og en mand og venter på hende" in Pakistan.
  `ring|mand|husband|groom|brudgom venter|waiting|waits ${ABROAD}|${COUNTRY_NAMES.join('|')}|dernede|derovre`,
  // "Married in August whether she likes it or not", "gift med en mand hun mødte dagen før", a week to change her mind.
  'gift|giftes|married|marry|wedding|bryllup|forlovet|forloves|engaged|engagement whether|uanset|ligegyldigt likes|like|wants|vil|lyst',
  'gift|giftet|married =mødte|met dagen|day før|=before', 'givet|gav|given|gave =frist|uge|uger|dage|week|weeks|days ombestemme|ombestemmer mand|man|gift|giftes|marry|bryllup|wedding',
  // "Dad has 'found a husband' for her … she doesn't want to"; married without knowing what the day was ("hun troede det
  // var en fest").
  'found|fundet|fandt|chosen|valgt +a|en +husband|ægtemand|brudgom|groom not|ikke want|vil|wants',
  // "The uncle has 'decided' she'll marry his son as soon as she's back": a groom chosen for her in the family.
  '=besluttet|=bestemt|=bestemte|=decided|=decides|=determined gift|giftes|gifte|marry|married hans|his|onklens|uncles|=sin +=søn|=sønnen|=son',
  // "The nikah is in 10 days and she'll be disowned if she refuses"; "'de gifter mig i august, jeg har sagt nej'".
  'nikah|nikkah|vielse|vielsen|bryllup|wedding =refuses|=refuse|nægter|nægte',
  '=gifter|=marrying +mig|me|hende|her sagt|sagde|said|says|siger +nej|no',
  'gift|giftet|married|viet ikke|not|didn +=vidste|=knew|=know|=understood|forstod +hvad|what',
  // "Jeg sagde nej til ham de har fundet … de siger vi bliver gift alligevel": married against her no.
  'nej|no gift|giftes|married|marry|bryllup|wedding alligevel|anyway|=regardless',
  // "Til et bryllup i Libanon, men han tror det er hendes eget, og at hun ikke selv ved det".
  'bryllup|bryllupet|wedding|gift|giftes|marriage hendes|her eget|own ikke|not =ved|=vidste|knows|=know|=knew|aware',
  'tvangsægteskab', 'tvangsægteskaber', 'tvangsægteskabet', 'tvangsgift', 'tvangsgiftet', 'tvangsgiftes',
  'tvangsgifte', 'tvang|tvinges|tvunget|tvinge|=presset|=presses gift|giftes|gifte|ægteskab|bryllup|nikah|nikkah|vielse|vies',
  'forced|force|forcing|pressured marriage|marry|married|wedding', 'forced marriage', 'forced to marry',
  'gift|giftes|gifte|ægteskab|viet|vies|vielse vilje', // "Against her will", not the English modal: "she will marry him".
  'married|marry|marriage against|without =will|consent', 'gift|giftes|gifte uden samtykke',
  'skal giftes', 'skal gifte sig', '=getting married|wed',
  // "Has to marry", "is going to marry" are read by an idiom (idioms.ts): as loose words they met "has moved to…, married".
  `${MARRIAGE} ikke|not|=didn|=doesn|=hasn +valg|valgt|choice|chosen|chose|choosing|=valgte`, `${MARRIAGE} =valgte|=chose +ikke|not`,
  // "Hun ikke havde noget valg", "she had no say"; married though she said no.
  `${MARRIAGE} ikke|not|=didn|=doesn|=hasn|=hadn noget|=any +valg|choice|=say`,
  `${MARRIAGE} =ingen|=intet|=no +valg|choice|=say`,
  'blev|=was|=got +gift|giftet|married sagde|sagt|said +nej|no',
  'gift|giftet|giftes|married|marry uden|without ville|wanting|want|lyst',
  // A religious marriage booked for her ("imamen er booket til nikah"), one she said no to, or a bride price paid.
  'nikah|nikkah|imam|imamen|vielse|vielsen booked|booket|bestilt|arranged|arrangeret|planned|planlagt|aftalt|fastsat',
  'sagde|sagt|said|says|siger nej|no nikah|nikkah|imam|imamen|ceremoni|ceremonien|ceremony|vielse|vielsen|vies|viet|bryllup|bryllupet|brylluppet|wedding',
  // "Hun har aldrig sagt ja til ham", "turde ikke sige nej": no consent to the wedding.
  'aldrig|ikke|never|not sagt|sagde|said|=say ja|yes gift|giftes|gifte|giftet|bryllup|bryllupet|brylluppet|vies|viet|married|marry|wedding|nikah|nikkah',
  'turde|tør|dare|dared|daring ikke|not sige|say nej|no gift|giftes|gifte|giftet|bryllup|bryllupet|brylluppet|vies|viet|married|marry|wedding',
  // "Blev gift med en mand, hun ikke kendte". Written forms: "jeg kender ikke manden" is the speaker's.
  'gift|giftet|giftes|married|bryllup|wedding ikke|aldrig|never|not =kendte|=knew',
  // "A man she has never met": a husband chosen for her. Written forms only: "møder aldrig alene op" is a yellow sign.
  'gift|giftes|gifte|ægteskab|bryllup|bryllupet|brylluppet|married|marry|marriage|wedding never|aldrig =met|=mødt|=seen|=set',
  // "They've signed the marriage contract for me": a marriage decided for her.
  'marriage|ægteskab|ægteskabs|nikah contract|kontrakt|kontrakten|ægteskabskontrakt signed|underskrevet|underskrev|underskrive',
  'ægteskabskontrakt|ægteskabskontrakten|nikahkontrakt signed|underskrevet|underskrev|underskrive',
  // A bride price or dowry paid or agreed for her; named alone ("when she has earned enough for the dowry") it is the
  // family's plan, not yet a marriage decided (Gladsaxe's orange: no freedom to choose a partner).
  'brudepris|brudeprisen|medgift|medgiften|dowry betalt|paid|aftalt|agreed|=modtaget|received', 'bride +price betalt|paid|aftalt|agreed|=modtaget|received',
  // "No say in", written as such: "says" stems to "say".
  'no|ingen =say|indflydelse engagement|engaged|forlovelse|forlovet|married|marriage|wedding|gift|giftes|bryllup',
  // "They're taking me to marry him".
  '=taking|=take|=takes|=tager|=tage marry|giftes|gifte',
  'arrangeret|arrangerede ægteskab|ægteskaber|gift|giftes|bryllup', 'arranged marriage|married|wedding',
  'bortgiftet|bortgiftes|bortgifte',
  // "Married off" is read by an idiom (idioms.ts): "off" alone is in "off sick".
  'gift|giftet|giftes|gifte|married|marry bort|væk|away',
  // Promised or engaged to someone she did not choose.
  '=lovet|=lovede|promised bort|væk|away', '=lovet|=lovede|promised fætter|fætteren|kusine|cousin|ægteskab|marriage|mand|man|husband|bryllup|wedding|someone|somebody|nogen',
  'tvangsforlovet|tvangsforlovelse',
  'forlovet|forlovelse|forlovelsen|forloves|trolovet|engaged|engagement|betrothed|gift|giftet|married|viet|vielse|nikah imod|mod|against|uden|without vilje|will|ønske|wishes|consent|asking|spørge|stede|tilstede|present',
  // Married by phone or video, without being there.
  'gift|giftet|married|viet|wed over|by|via +telefonen|telefon|phone|=video|=videoopkald',
  'arrangeret|arrangerede|arranged|tvungen|tvunget|forced|planlagt|planlagte|planned forlovelse|forlovelsen|engagement|betrothal',
  `${ABROAD} gift|giftes|gifte|married|marry|bryllup|wedding`,
  // "Taking her to Yemen to get married": a named country is a danger only with the trip and the marriage together.
  `take|taking|takes|took|tage|tager|tog married|marry|gift|giftes|gifte|wedding|bryllup ${ABROAD}|${COUNTRY_NAMES.join('|')}`,
  // "Familien har fundet en anden i Pakistan": a husband found for her abroad.
  `fundet|fandt|found|finder|finds ${ABROAD}|${COUNTRY_NAMES.join('|')} mand|husband|anden|another|someone|kone|wife`,
  // "Rejse til Irak og mødes med sin kommende mand".
  `kommende|future|=fremtidige mand|ægtemand|husband|wife|kone ${ABROAD}|${COUNTRY_NAMES.join('|')}|rejse|rejser|rejsen|trip|travel`,
  // Tickets to a country, and a marriage there: "booked tickets to Iraq, she will be married there".
  // Written forms: a "returbillet" is a ticket home.
  `=billet|=billetter|=ticket|=tickets|flybilletter|=fly|=flight|=flights|=booked|=booket ${COUNTRY_NAMES.join('|')} married|marry|marrying|gift|giftes|gifte|wedding|bryllup|bryllupet|brylluppet`,
  // Marrying a cousin abroad: "she's marrying her cousin in Bangladesh this summer".
  `marry|marrying|married|gift|giftes|gifte cousin|fætter|fætteren|kusine|kusinen ${ABROAD}|${COUNTRY_NAMES.join('|')}`,
  // A marriage planned for her that she does not want.
  'ægteskab|ægteskabet|bryllup|bryllupet|brylluppet|giftermål|marriage|wedding planlagt|planlægger|planlagte|planned|planning|arranged|aftalt|agreed|fixed|fastsat|fastlagt|=set|booked|booket',
  // A marriage she does not want: the "not" next to the wanting ("vil ikke giftes", "doesn't want to marry"), not anywhere
  // in a message that also names a marriage ("begge ville det … ikke noget andet").
  `${MARRIAGE_OR_PROMISE} ikke|not|dont|doesnt|=doesn|=didn|=don +=vil|=ville|want|wants|wanted|ønsker|ønskede|wish`,
  `${MARRIAGE_OR_PROMISE} =vil|=ville|=ønsker|=ønskede|=wants|=wanted +ikke|not|=aldrig|=never`,
  'ægteskab|ægteskabet|bryllup|giftermål|marriage|wedding imod|against|uden|without vilje|will|ønske|wishes|consent',
  'gift|giftes|gifte|married|marry|bryllup|bryllupet|wedding rejse|rejser|rejsen|ferie|ferien|sommerferie|sommerferien|trip|travel|holiday|holidays',
  `sendt|sendes|sende|sent|send hjem|home|${ABROAD} gift|giftes|gifte|married|marry|bryllup|wedding`,
] as const;

export const ISOLATION_WORDS = [
  // "Jeg er fange i hjemmet", "a prisoner in my own home".
  '=fange|prisoner|captive +i|in|at +hjemmet|huset|lejligheden|home|the|her|my',
  'kun|only ser|set|seen hende|her|ham|him =vinduet|=window',
  // "They keep her in her room". Not "not allowed to go anywhere" alone: "… without telling her first", "… to work anywhere".
  'keep|keeps|keeping|kept +her|him +in +her|his|the|their|a +room|bedroom|house|flat|apartment',
  // "Må kun gå ud sammen med svigermoren", "only allowed to go out with her brother"; "hun skal ikke ud mere"; the locks changed.
  'kun|only +må|allowed +gå|go|komme +ud|out sammen|with|=følges|escorted', 'ikke|aldrig +skal|må +ud +mere|igen',
  '=skiftet|=skiftede|changed låsen|låsene|lock|locks ikke|not|heller ind|in',
  'isolering|isoleret|isoleres|isolation|isolated hjem|hjemme|hjemmet|derhjemme|home|house|huset|lejligheden|apartment',
  'isoleret|isoleres|isolated|isolering|isolation familien|family',
  'isoleret|isoleres|isolated af|by manden|husband|svigerfamilien|forældrene|parents|broren|brother|faren|father',
  // "Sick leave" is read as sickness absence (idioms.ts); "=hjem": not the home visit.
  'ikke|not|cannot|cant forlade|forladt|leave|left =hjem|=hjemmet|huset|=home|house|lejligheden|apartment|flat', 'må|får +ikke +forlade',
  // "Not allowed out" next to each other is read as house arrest (idioms.ts): apart, the words are also "not allowed to
  // see friends after school" and "pulled her out of swimming".
  'ikke lov ud|udenfor|forlade',
  // "Hun må ikke gå ud": not "det må ikke gå ud over hendes praktik", which an idiom reads as "påvirker" (idioms.ts).
  'må|får ikke gå|komme +ud|udenfor', 'låst|låses|låser|låste|lukket|spærret =inde|=inne', '=låst|=låste|=locked|=låser|=locks dør|døren|door',
  '=aflåst|=aflåste værelse|værelset|rum|rummet|lejlighed|lejligheden|room',
  // Kept in a room without food (a "healer", a "treatment").
  'holde|holder|holdt|holdes|kept|keep|keeping|held rum|room|værelse|=kælder|=kælderen|basement uden|without mad|food',
  // No key of her own: she cannot leave or come back on her own.
  'ikke|ingen|frataget|=taget egen|sin nøgle|nøgler', 'no|not|=taken|took own|her =keys', 'no|not own =key',
  'locked in|inside|up|away|home|room|bedroom', '=låst|=låse|=låser|=låses|=låste værelse|værelset|værelser|soveværelset',
  // "Husband keeps the key".
  'keep|keeps|kept|holds|has|have key|keys husband|family|brother|father|mother|laws', 'shut in|inside|indoors|away', 'keeps|keep|keeping|holds|holding inside|indoors|captive|prisoner', 'indespærret|indespærring', 'confined|captive',
  // "Holdt inden for siden februar": kept indoors.
  '=holdt|=holdes|=holder +fanget|hjemme|=inde|indenfor|indendørs', '=holdt|=holdes|=holder +inden +for',
  // "Forbidden from leaving the flat".
  '=forbidden|=forbudt +from|at +leaving|leave|forlade +the|hjemmet|huset|lejligheden|flat|house|home|apartment',
  // "Forældrene har 'gemt' hende hjemme", "they're hiding her at home".
  '=gemt|=gemmer|hidden|hiding +hende|her +hjemme|home|væk|away',
  // "Må du gå ud? – Kun på altanen": out only onto the balcony.
  'kun|only altanen|altan|balkonen|balkon|balcony ud|out|gå|go',
  // "Låser hoveddøren når han går på arbejde": locked in while he is out.
  '=låser|=låste +hoveddøren|døren|yderdøren +når|bag|efter', '=locks|=locked door when|behind leaves|goes|left|went|work',
  'kept|held inside|indoors|captive|prisoner|flat|apartment|house', 'kept|held +home', 'kept|held +her|him +home|inside|indoors|in',
  // Together: not "ikke må være sammen med piger uden for familiens kreds" (set 81).
  'ikke|not +været|been +udenfor|outside|=ude|=out', 'husarrest|stuearrest',
  'house arrest', 'ikke|not|aldrig|never ud|=ude|out|udenfor|outside huset|hjemmet|lejligheden|house|home|apartment',
  // "Manden lukker ingen ind": nobody is let in to see her.
  'lukker|lukkede|lets|let ingen|nobody|noone ind|in',
  'aldrig|never forlader|leaves|leave huset|hjemmet|lejligheden|house|home|apartment|flat',
  // Cut off from everyone, or the keys taken: she cannot leave or reach anyone.
  'not allowed contact anyone|anybody|world',
  // Written forms: "støttekontaktperson" holds "kontakt", and "noget" is one letter from "nogen".
  'ikke lov|må =kontakt|=kontakte =nogen|omverdenen',
  'cut|afskåret off|fra everyone|everybody|omverdenen|world|alle',
  'ikke|not ringe|ring|call|phone|=kontakte|=kontakter|contact egen|own familie|familien|family',
  // The door locked from outside, never out of the door, the husband holds the key.
  'låser|låste|låst|locks|locked dør|døren|door|hoveddøren udefra|outside', 'ikke|aldrig uden|udenfor døren|dør',
  // Set 79 (housing): a lock on the outside of her room; knocking on the door from inside, or calling for help through it.
  '=lås|=låsen|=hængelås|=hængelåsen|=lock|=padlock|=bolt ydersiden|udvendigt|udenpå|=outside værelse|værelset|værelsesdør|værelsesdøren|døren|dør|=room|=door',
  '=banke|=banker|=bankede|=hamre|=hamrer|=hamrede|=knocking|=banging|=knocked|=banged +på|on +døren|door|=væggen|wall indefra|=inside|=within',
  '=kalde|=kalder|=kaldte|=calling|=called +på|for +hjælp|help døren|dør|door|indefra|=inside|=væggen|wall',
  // "Kommer aldrig ud", "never goes out": the going and the out together ("+"), not "kommer til … 5 ud af 7".
  'aldrig|never kommer|komme|comes|come|går|goes|leaves +ud|out|udenfor|outside',
  'mand|manden|husband|familien|family|bror|broren|far|faren har|has|holds|keeps|tager|tog|takes|took =nøglen|=nøglerne|=nøgler|=keys',
  '=nøgler|=nøglerne|=nøglen|=keys =taget|=frataget|konfiskeret|tog|gemt|=taken|took|confiscated|hidden|keeps|kept|holds',
] as const;
