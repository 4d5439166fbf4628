import sys
sys.path.insert(0, "/work/train")
from lib import parse_dsl, fill_frames, write

L = "pt"
HAND = r"""
log | liguei pra maria silva ontem, ela quer renovar | c=maria silva; k=call; d=YD
log | falei c o rui hj de manha sobre a fatura | c=rui; k=call; d=TD
log | reuniao com o joão pereira na acme segunda, correu bem 👍 | c=joão pereira; o=acme; k=meeting; d=p.mon
log | almoço com a Beatriz Costa ontem, falta mandar proposta | c=Beatriz Costa; k=meeting; d=YD
log | mandei email ao Tiago com o orçamento | c=Tiago; k=email
log | whats pro lucas agora há pouco, ele confirmou | c=lucas; k=message; d=TD
log | visitei a padaria lisboa ontem à tarde, a ana ferreira tava lá | c=ana ferreira; o=padaria lisboa; k=visit; d=YD
log | a camila rodrigues me ligou anteontem reclamando do suporte | c=camila rodrigues; k=call; d=DBY
log | fui recebido pela Inês Carvalho na Lusitânia Têxteis, reunião de 1h | c=Inês Carvalho; o=Lusitânia Têxteis; k=meeting
log | nota: a sofia nunes vai sair da empresa em abril | c=sofia nunes; k=note
log | liguei pra Maria ontem às 16h mas caiu na caixa postal | c=Maria; k=call; d=YD@16:00
log | conversei com a larissa por zoom terça, f/u na sexta | c=larissa; k=meeting; d=p.tue; f=n.fri
log | call c/ pedro almeida hoje 9h30, voltar a ligar dia 20 | c=pedro almeida; k=call; d=TD@09:30; f=2026-03-20
log | encontrei o Marcelo Duarte da Hidrovias Lda num evento ontem, gente boa | c=Marcelo Duarte; o=Hidrovias Lda; k=meeting; d=YD
log | tomei um cafe com a fernanda costa hj | c=fernanda costa; k=meeting; d=TD
log | o joao respondeu o email, tá tudo ok com o contrato | c=joao; k=email
log | mandei sms pra Tiago Santos avisando do atraso | c=Tiago Santos; k=message
log | demo do Premium p/ o pessoal da Porto Digital ontem 15h | o=Porto Digital; k=meeting; d=YD@15:00
log | reuniao ontem c a Almeida, lembrar de mandar contrato segunda | c=Almeida; k=meeting; d=YD; f=n.mon
log | foi feita uma visita à Samba Foods na terça pelo time | o=Samba Foods; k=visit; d=p.tue
log | acabei de falar com a Renata Prado da Casa Verde, quer proposta | c=Renata Prado; o=Casa Verde; k=call; d=TD
sch | lembra-me de ligar ao rui amanhã | c=rui; f=TM
sch | me lembra de ligar pra maria silva sexta às 10h | c=maria silva; f=n.fri@10:00
sch | reunião com o joão pereira na próxima terça às 15h | c=joão pereira; f=n.tue@15:00
sch | marcar almoço com a Beatriz dia 20 | c=Beatriz; f=2026-03-20
sch | tenho visita na acme segunda que vem às 9 | o=acme; f=n.mon@09:00
sch | follow up c/ lucas oliveira daqui a 2 semanas | c=lucas oliveira; f=+14d
sch | amanha 14h call com a larissa lima | c=larissa lima; f=TM@14:00
sch | preciso mandar a proposta pra Inês até quarta | c=Inês; f=n.wed
sch | agendar demo com a Porto Digital na quinta que vem às 11h | o=Porto Digital; f=n.thu@11:00
sch | lembrar de responder a Maria amanhã cedo | c=Maria; f=TM
sch | vou ter um zoom com o Paulo Mendes da Construtora Horizonte Ltda amanhã às 16h | c=Paulo Mendes; o=Construtora Horizonte Ltda; f=TM@16:00
sch | me avisa sabado pra mandar whats pro pedro | c=pedro; f=n.sat
find | telefone da maria silva? | c=maria silva
find | qual o email do rui | c=rui
find | acme? | o=acme
find | quem é a Sofia Nunes | c=Sofia Nunes
find | qdo é o aniversário do joão? | c=joão
find | em que empresa trabalha a Camila Rodrigues | c=Camila Rodrigues
find | qual foi o ultimo contato com a Padaria Lisboa? | o=Padaria Lisboa
find | mostra a ficha do Tiago Santos | c=Tiago Santos
find | Maria? | c=Maria
find | numero da fernanda pfv | c=fernanda
find | o que sabemos da Rio Logística | o=Rio Logística
find | quando falei pela ultima vez com o lucas | c=lucas
addc | adiciona o Henrique Matos, henrique@vidraria.pt, 912 345 678 | c=Henrique Matos; em=henrique@vidraria.pt; ph=912 345 678
addc | novo contato: Juliana Prates, juliana.prates@gmail.com, trabalha na Samba Foods | c=Juliana Prates; em=juliana.prates@gmail.com; o=Samba Foods
addc | cria contato Carlos Bragança +351 934 111 222 | c=Carlos Bragança; ph=+351 934 111 222
addc | cadastra a Patrícia Lemos da Ótica Central Ltda, cel (11) 98765-4321 | c=Patrícia Lemos; o=Ótica Central Ltda; ph=(11) 98765-4321
addc | adicionar contacto: Nuno Esteves, nuno.esteves@portocargo.pt | c=Nuno Esteves; em=nuno.esteves@portocargo.pt
addc | salva ai o Rodrigo Tavares, é o novo comprador da acme | c=Rodrigo Tavares; o=acme
addc | conheci a Vera Lúcia Pinto, add ela pf: vera@pinto.com.br | c=Vera Lúcia Pinto; em=vera@pinto.com.br
addc | novo lead Miguel Sardinha, tel 21 345 6789, Lisboa | c=Miguel Sardinha; ph=21 345 6789; st=lead
addc | add Gustavo Ramalho (gustavo.r@frigobom.com.br) | c=Gustavo Ramalho; em=gustavo.r@frigobom.com.br
addo | adiciona a empresa Vinhos do Douro Lda, Porto | o=Vinhos do Douro Lda
addo | nova empresa: Construtora Atlântica S.A. | o=Construtora Atlântica S.A.
addo | cria a organização Café Central Lda | o=Café Central Lda
addo | cadastra a empresa Frigobom Ltda em sp | o=Frigobom Ltda
addo | nova organizacao TecnoMar Unipessoal Lda, setor naval | o=TecnoMar Unipessoal Lda
addo | adicionar empresa Grupo Sol Nascente SA | o=Grupo Sol Nascente SA
addo | registra a Alentejo Cortiças como cliente novo (empresa) | o=Alentejo Cortiças
addo | add org Mercado Bom Preço Ltda, Recife | o=Mercado Bom Preço Ltda
update | x |
upc | o novo telemóvel da Maria Silva é 911 222 333 | c=Maria Silva; ph=911 222 333
upc | muda o email do rui pra rui.almeida@acme.pt | c=rui; em=rui.almeida@acme.pt
upc | marca o joão como vip | c=joão; tg=vip
upc | tira a tag renewal da Beatriz Costa | c=Beatriz Costa; tg=renewal
upc | aniversario do tiago é 14 de maio | c=tiago; bd=05-14
upc | a Larissa Lima agora trabalha na Samba Foods | c=Larissa Lima; o=Samba Foods
upc | passa a Inês Carvalho pra cliente | c=Inês Carvalho; st=customer
upc | a fernanda prefere whatsapp, atualiza ai | c=fernanda
upc | pedro almeida virou decisor, tag decision-maker | c=pedro almeida; tg=decision-maker
upc | a Sofia Nunes nasceu em 3/11/1985 | c=Sofia Nunes; bd=1985-11-03
upc | lucas oliveira agora é diretor comercial | c=lucas oliveira
pur | a Maria Silva comprou 10 licenças Premium por 2.500€ | c=Maria Silva; pr=Premium; q=10; a=2500; cur=EUR
pur | acme fechou 5 Basic hoje, 600 euros | o=acme; pr=Basic; q=5; a=600; cur=EUR; d=TD
pur | o lucas comprou Training pra equipe, R$ 4.800 | c=lucas; pr=Training; a=4800; cur=BRL
pur | Padaria Lisboa renovou o Support por 1200 € ontem | o=Padaria Lisboa; pr=Support; a=1200; cur=EUR; d=YD
pur | vendi 3 Onboarding pra Camila Rodrigues 🎉 | c=Camila Rodrigues; pr=Onboarding; q=3
pur | a Rio Logística comprou 20 licenças Premium, R$ 30 mil | o=Rio Logística; pr=Premium; q=20; a=30000; cur=BRL
pur | tiago santos levou o plano basic, 49,90€/mes | c=tiago santos; pr=Basic; a=49.90; cur=EUR
pur | compra registada: Beatriz, 2x Training, 900 eur | c=Beatriz; pr=Training; q=2; a=900; cur=EUR
pur | foi comprado pela Samba Foods o pacote Onboarding ontem | o=Samba Foods; pr=Onboarding; d=YD
cdeal | novo negócio com a Porto Digital, 15 mil euros | o=Porto Digital; a=15000; cur=EUR
cdeal | abre oportunidade na Construtora Atlântica S.A. de 40k € pra Premium | o=Construtora Atlântica S.A.; a=40000; cur=EUR; pr=Premium
cdeal | cria deal Lusitânia Têxteis - Training, 8.000 € | o=Lusitânia Têxteis; pr=Training; a=8000; cur=EUR
cdeal | oportunidade nova: Samba Foods quer expandir Support, uns R$ 25.000 | o=Samba Foods; pr=Support; a=25000; cur=BRL
cdeal | novo deal c/ a Vinhos do Douro Lda, ainda em qualificação | o=Vinhos do Douro Lda; st=qualification
cdeal | abrir negócio com o Paulo Mendes pra 30 licenças Basic | c=Paulo Mendes; pr=Basic; q=30
cdeal | a Rio Logística tem interesse em Onboarding, cria uma oportunidade de 60 mil reais | o=Rio Logística; pr=Onboarding; a=60000; cur=BRL
cdeal | nova oportunidade Frigobom Ltda US$ 12.000 | o=Frigobom Ltda; a=12000; cur=USD
cdeal | deal novo: Café Central Lda, Basic, 2,4k | o=Café Central Lda; pr=Basic; a=2400
udeal | ganhamos o negócio da acme!!! 🎉🎉 | o=acme; st=won
udeal | perdemos a Padaria Lisboa 😞 | o=Padaria Lisboa; st=lost
udeal | o deal da Samba Foods passou pra negociação | o=Samba Foods; st=negotiation
udeal | globex -> proposta | o=globex; st=proposal
udeal | move o hooli pra negociação | o=hooli; st=negotiation
udeal | Iberia Retail fechou, marca como ganho | o=Iberia Retail; st=won
udeal | a oportunidade da Dragon Trade foi perdida, escolheram outro fornecedor | o=Dragon Trade; st=lost
udeal | manda a Milano Design pra fase de proposta | o=Milano Design; st=proposal
udeal | negocio acme renovação 2026: assinado ✅ | o=acme; st=won
need | a Maria Silva precisa de SSO antes de assinar | c=Maria Silva
need | o rui quer desconto de 10% se fechar até o fim do mes | c=rui
need | prometi ao joão mandar o caso de sucesso até sexta | c=joão; f=n.fri
need | a Padaria Lisboa precisa de integração com o sistema de faturação | o=Padaria Lisboa
need | tiago não gosta de ligações, prefere email | c=tiago
need | a Camila acha o Premium caro demais | c=Camila; pr=Premium
need | Inês Carvalho valoriza muito suporte em português | c=Inês Carvalho
need | o lucas pediu treinamento presencial pra equipe | c=lucas; pr=Training
need | samba foods precisa de faturas em reais, não em dólar | o=samba foods
need | combinei c/ a Beatriz que a gente faz o onboarding de graça | c=Beatriz; pr=Onboarding
lc | com quem não falo há 60 dias? | dy=60
lc | contatos sem interação nos últimos 30 dias | dy=30
lc | quem eu nao contacto faz tempo | 
lc | lista os clientes vip | tg=vip
lc | mostra os leads | st=lead
lc | quem não recebe ligação minha há mais de 3 meses | dy=90
lc | contactos de Lisboa que não falamos há 45 dias | dy=45
lc | clientes parceiros | tg=partner
lc | lista os contatos da acme | o=acme
lf | o que tenho pra hoje? | 
lf | meus follow-ups | 
lf | o q tá vencido? | 
lf | quais lembretes tenho essa semana | 
lf | tarefas pendentes | 
lf | o que eu tenho que fazer amanhã | 
lf | mostra meus lembretes em aberto pf | 
lf | tenho algum follow up atrasado?? | 
lf | agenda de hoje | 
bday | aniversários essa semana? | 
bday | quem faz anos este mês | 
bday | tem aniversário hoje? | 
bday | aniversariantes do mês 🎂 | 
bday | próximos aniversarios | 
bday | algum cliente faz aniversário nos próximos 10 dias? | dy=10
bday | quem faz anos amanha | 
bday | lista de aniversários | 
risk | quem tá em risco? | 
risk | clientes esfriando | 
risk | quem pode cancelar? | 
risk | clientes em risco de churn | 
risk | quais contas estão a arrefecer | 
risk | tem alguém sumido que eu devia ligar? | 
risk | alerta de churn | 
risk | que clientes estao escapando | 
xs | pra quem eu ofereço o Onboarding? | pr=Onboarding
xs | sugestões de cross-sell | 
xs | quem poderia comprar Training? | pr=Training
xs | oportunidades de upsell | 
xs | a quem vender Premium | pr=Premium
xs | que clientes do Basic podiam subir pro Premium | pr=Premium
xs | o que mais posso vender pra acme? | o=acme
xs | ideias de venda cruzada | 
pipe | como está o pipeline? | 
pipe | resumo do funil | 
pipe | negócios abertos | 
pipe | pipeline do mês | 
pipe | quanto tenho em negociação? | st=negotiation
pipe | deals parados | 
pipe | mostra o funil de vendas | 
pipe | como tá o pipe 👀 | 
port | receita por segmento no ultimo trimestre | 
port | quantos clientes temos em Portugal? | 
port | quem são os 5 melhores clientes | 
port | faturação deste ano | 
port | qual a taxa de churn | 
port | margem por produto | 
port | valor médio por cliente (LTV) | 
port | quanto faturamos no Brasil esse ano | 
port | receita por vendedor | 
port | minha carteira | 
port | quantos clientes enterprise temos? | 
help | oi | 
help | o que vc sabe fazer? | 
help | ajuda | 
help | bom dia! | 
help | como funciona isso | 
help | quais comandos existem | 
help | olá, tudo bem? preciso de ajuda | 
help | me ajuda ai | 
undo | desfaz | 
undo | ops, desfaz isso | 
undo | anula a ultima alteração | 
undo | volta atrás | 
undo | cancela o que acabei de fazer | 
undo | errei, desfazer pf | 
undo | nao era isso, desfaz | 
undo | reverte | 
unk | como está o tempo em Lisboa? | 
unk | asdfgh | 
unk | kkkkkkk | 
unk | quem ganhou o jogo do benfica ontem | 
unk | 🤷‍♀️ | 
unk | me conta uma piada | 
unk | qual a capital da austrália | 
unk | tô com fome | 
unk | ... | 
unk | pede uma pizza pra mim | 
"""
HAND = "\n".join(l for l in HAND.split("\n") if not l.startswith("update | x"))

# ---- frames -------------------------------------------------------------
C_PT = [("maria silva", None, {}), ("Maria Silva", None, {}), ("joão pereira", None, {}), ("joao", None, {}),
        ("rui", None, {}), ("Rui Almeida", None, {}), ("ana ferreira", None, {}),
        ("tiago santos", None, {}), ("beatriz", None, {}), ("Inês Carvalho", None, {}), ("ines", None, {}),
        ("sofia nunes", None, {}), ("Maria Santos", None, {}), ("lucas", None, {}), ("Camila Rodrigues", None, {}),
        ("larissa", None, {}), ("Pedro Almeida", None, {}), ("fernanda costa", None, {}), ("maria", None, {}),
        ("almeida", None, {}), ("costa", None, {}), ("Santos", None, {}),
        ("carla mendes", None, {}), ("Fábio Reis", None, {}), ("Priscila Antunes", None, {}),
        ("zé carlos", None, {}), ("Marta Gouveia", None, {}), ("bruno", None, {}),
        ("Thiago Barros", None, {}), ("dona Célia", "Célia", {}), ("Joana Brito", None, {})]
O_PT = [("acme", None, {}), ("Acme", None, {}), ("padaria lisboa", None, {}), ("Porto Digital", None, {}),
        ("Samba Foods", None, {}), ("rio logistica", None, {}), ("Lusitânia Têxteis", None, {}),
        ("Hidrovias Lda", None, {}), ("Metalúrgica Gaúcha Ltda", None, {}), ("Farmácia Avenida Lda", None, {}),
        ("Solar Minho S.A.", None, {}), ("Agro Cerrado Ltda", None, {})]
PAST = [("ontem", "YD", {}), ("hj", "TD", {}), ("hoje", "TD", {}), ("anteontem", "DBY", {}),
        ("na segunda", "p.mon", {}), ("terça", "p.tue", {}), ("sexta passada", "p.fri", {}),
        ("ontem às 15h", "YD", {"_t": "15:00"}), ("hoje às 9h", "TD", {"_t": "09:00"}), ("ontem 17h30", "YD", {"_t": "17:30"})]
FUT = [("amanhã", "TM", {}), ("amanha", "TM", {}), ("sexta", "n.fri", {}), ("na sexta", "n.fri", {}),
       ("na próxima terça", "n.tue", {}), ("segunda que vem", "n.mon", {}), ("dia 20", "2026-03-20", {}),
       ("daqui a 2 semanas", "+14d", {}), ("amanhã às 10h", "TM", {"_t": "10:00"}), ("quarta às 14h", "n.wed", {"_t": "14:00"}),
       ("depois de amanhã", "DAT", {}), ("sexta da semana que vem", "nw.fri", {}), ("terça 9h30", "n.tue", {"_t": "09:30"}),
       ("dia 2 de abril", "2026-04-02", {}), ("em 3 dias", "+3d", {})]
PR = [(p, p, {}) for p in ["Premium", "Basic", "Onboarding", "Support", "Training"]] + [("premium", "Premium", {}), ("basic", "Basic", {})]
Q = [(str(n), n, {}) for n in (2, 3, 5, 10, 12, 20, 25, 50)]
A = [("1.500€", "1500", {"cur": "EUR"}), ("2500 euros", "2500", {"cur": "EUR"}), ("R$ 8.000", "8000", {"cur": "BRL"}),
     ("€ 12 mil", "12000", {"cur": "EUR"}), ("3,2k €", "3200", {"cur": "EUR"}), ("US$ 5.000", "5000", {"cur": "USD"}),
     ("R$ 950,00", "950", {"cur": "BRL"}), ("750 eur", "750", {"cur": "EUR"})]
OD = [(x, None, {}) for x in ["acme", "Acme", "Globex", "samba foods", "Milano Design", "Dragon Trade", "Padaria Lisboa", "hooli", "Iberia Retail", "Porto Digital"]]
POOLS = {"od": OD, "c": C_PT, "o": O_PT, "d": PAST, "f": FUT, "pr": PR, "q": Q, "a": A}
FRAMES = [
    ("log", "liguei pra {c} {d}", {"k": "call"}), ("log", "falei com {c} {d} sobre a renovação", {"k": "call"}),
    ("log", "reunião c/ {c} {d}", {"k": "meeting"}), ("log", "{d} almocei com {c}, correu bem", {"k": "meeting"}),
    ("log", "mandei email pra {c} com a proposta", {"k": "email"}), ("log", "enviei whats pra {c} {d}", {"k": "message"}),
    ("log", "visita à {o} {d}", {"k": "visit"}), ("log", "falei com {c} {d}, retomar {f}", {"k": "call"}),
    ("log", "{c} me ligou {d}", {"k": "call"}), ("log", "reuniao na {o} {d}", {"k": "meeting"}),
    ("log", "nota sobre {c}: anda ocupado com auditoria", {"k": "note"}),
    ("sch", "lembra-me de ligar a {c} {f}", {}), ("sch", "me lembra de falar com {c} {f}", {}),
    ("sch", "reunião com {c} {f}", {}), ("sch", "follow-up com a {o} {f}", {}), ("sch", "marcar call c {c} {f}", {}),
    ("sch", "{f} tenho que mandar o contrato pra {c}", {}), ("sch", "agenda visita na {o} {f}", {}),
    ("find", "telefone de {c}?", {}), ("find", "email da {o}", {}), ("find", "procura {c}", {}), ("find", "{o}?", {}),
    ("find", "ultimo contato com {c}", {}),
    ("pur", "{c} comprou {q} {pr} por {a}", {}), ("pur", "a {o} comprou {q} licenças {pr}", {}),
    ("pur", "venda: {o}, {pr}, {a}", {}), ("pur", "{c} fechou o {pr} por {a} {d}", {}),
    ("cdeal", "novo negócio com a {o}: {pr}, {a}", {}), ("cdeal", "abre oportunidade {o} de {a}", {}),
    ("cdeal", "oportunidade nova pra {c}: {q} {pr}", {}),
    ("udeal", "deal da {od} passou pra proposta", {"st": "proposal"}), ("udeal", "ganhamos a {od} 🙌", {"st": "won"}),
    ("udeal", "perdi o negócio da {od}", {"st": "lost"}), ("udeal", "{od} em negociação agora", {"st": "negotiation"}),
    ("need", "{c} precisa de relatórios mensais", {}), ("need", "a {o} quer pagar em 3 parcelas", {}),
    ("need", "prometi pra {c} uma demo do {pr}", {}), ("need", "{c} reclamou do preço do {pr}", {}),
    ("upc", "novo email de {c}: contato@exemplo.pt", {"em": "contato@exemplo.pt"}),
    ("upc", "marca {c} como vip", {"tg": ["vip"]}), ("upc", "{c} agora é cliente", {"st": "customer"}),
    ("upc", "o celular de {c} mudou pra 96 555 4433", {"ph": "96 555 4433"}),
]

recs = parse_dsl(L, HAND) + parse_dsl(L, open("/work/train/extra_%s.txt" % L, encoding="utf-8").read()) + []
recs += fill_frames(L, FRAMES, POOLS, 175, seed=11)
write(L, recs, "/work/train/pt.jsonl")
