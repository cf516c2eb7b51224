"""More header words of Portuguese trackers (Brazil and Portugal), read as
``headerwords.FIELDS`` is (each line ``"scopes: field": "synonym|synonym|…"``). The first
Portuguese words live in ``headerwords``; these are the ones project portfolios, risk
matrices ("planilha de riscos"), action and issue logs ("registo de ações"), schedules
(MS Project in Portuguese), budgets and resource plans add, in both variants
(BR "cronograma", "gerente"; PT "registo", "gestor", "calendarização").

Headers are compared normalised (``vocab.norm``): accents and cedillas dropped
("Ação" is "acao"), "%" read as "pct", "Nº" as "no"; the words below are written so.
``ENTITY_WORDS`` holds the Portuguese names of the kinds of record.
"""

from __future__ import annotations

PORTUGUESE: dict[str, str] = {
    # -- keys and names ---------------------------------------------------------------
    "raid,change_request,lesson: ref": (
        "id risco|id do risco|codigo do risco|no do risco|no risco|id acao|id da acao|"
        "no acao|no da acao|id problema|id do problema|id da questao|id decisao|"
        "id da decisao|no decisao|id dependencia|id premissa|id licao|no licao|"
        "id da mudanca|no da mudanca|no do pedido|codigo"),
    "milestone,financial,allocation,raid,change_request,lesson,task: project_id": (
        "nome do projeto|codigo do projeto|id do projeto"),
    "project: code": "codigo do projeto|id do projeto|no do projeto|no projeto|sigla",
    "project: name": "nome projeto|titulo do projeto|designacao|designacao do projeto|iniciativa",
    "project: sponsor": "patrocinador do projeto|sponsor|dono do projeto|promotor",
    "project: manager": (
        "gerente de projeto|gerente do projeto|gestor do projeto|gestor de projeto|"
        "gestora do projeto|coordenador do projeto|coordenador|lider do projeto|"
        "responsavel pelo projeto|chefe de projeto|diretor do projeto|gestor|gestora"),
    "project: stage": "fase do projeto|etapa do projeto|fase atual",
    "project: state": "situacao do projeto|estado do projeto|status do projeto",
    "project: start_baseline": (
        "inicio planejado|inicio previsto|inicio planeado|data de inicio prevista|"
        "data de inicio planejada|inicio da linha de base|inicio contratual"),
    "project: finish_baseline": (
        "termino planejado|termino previsto|fim previsto|fim planeado|fim planejado|"
        "data de termino prevista|data de termino planejada|data de fim prevista|"
        "conclusao prevista|data de conclusao prevista|termino da linha de base|"
        "termino contratual"),
    "project: finish_forecast": (
        "termino projetado|termino estimado|fim estimado|previsao de termino|"
        "previsao de conclusao|data prevista de conclusao|termino reprogramado|"
        "nova data de termino|data de termino estimada|conclusao estimada|data de conclusao estimada|conclusao prevista atual"),
    "project: start_forecast": "inicio projetado|inicio estimado|previsao de inicio",
    "project: start_actual": "inicio real|inicio efetivo|data de inicio real",
    "project: finish_actual": "termino real|fim real|conclusao real|data de conclusao real",
    "project: bac": (
        "orcamento aprovado|orcamento total|orcamento do projeto|orcamento previsto|"
        "valor aprovado|valor do contrato|valor contratado|orcamento contratado|"
        "orcamento inicial|dotacao|dotacao orcamental|investimento previsto|valor total"),
    "project: eac": (
        "estimativa no termino|estimativa na conclusao|custo estimado no termino|"
        "custo final previsto|custo final estimado|custo projetado|previsao de custo final"),
    "project,milestone,task: pct_complete": (
        "pct executado|pct de execucao|execucao fisica|avanco fisico|pct avanco|avanco|"
        "pct realizado|pct concluido|percentual executado|percentual de conclusao|"
        "grau de execucao|taxa de execucao"),
    "project: rag_overall": (
        "farol geral|farol do projeto|status geral|situacao geral|semaforo geral|"
        "estado geral|saude do projeto|avaliacao geral"),
    "project: rag_schedule": "farol prazo|farol de prazo|farol cronograma|semaforo prazo",
    "project: rag_cost": (
        "farol custo|farol de custo|farol orcamento|semaforo custo|semaforo orcamento"),
    "project: rag_scope": "farol escopo|farol de escopo|farol qualidade|semaforo ambito",
    "project: rag_risk": "farol riscos|farol de riscos|semaforo riscos",
    "project: summary": (
        "comentarios|comentario|resumo do status|pontos de atencao|situacao atual|"
        "principais realizacoes|destaques|atualizacao"),
    "project: next_steps": "proximas etapas|proximas acoes|passos seguintes",
    "project: status_date": "data de referencia do relatorio|data do relatorio|data de corte",
    "project: department": (
        "area|area responsavel|departamento|diretoria|divisao|unidade|unidade organica|"
        "secretaria|gerencia|direcao|servico responsavel"),
    # -- RAID, changes, lessons -------------------------------------------------------
    "raid,change_request,lesson: title": (
        "titulo do risco|nome do risco|risco identificado|questao|titulo do problema|"
        "descricao resumida|resumo|tema|evento de risco|designacao|designacao da alteracao"),
    "action: title": (
        "acao|acao a realizar|descricao da acao|acao acordada|tarefa|atividade|"
        "encaminhamento|deliberacao|pendencia"),
    "decision: title": "decisao|tema da decisao|assunto da decisao",
    "milestone,raid: owner": (
        "responsavel pela acao|responsavel pelo risco|dono do risco|dono|proprietario|"
        "atribuido a|encarregado|executor|responsaveis"),
    "raid,change_request: date_raised": (
        "data de identificacao|data identificacao|data de registo|data do registo|"
        "data de abertura|data da reuniao|data reuniao|data de criacao|data de entrada|aberto|"
        "aberto em|"
        "data do levantamento|identificado em|aberto em|data de inclusao"),
    "raid,change_request: raised_by": (
        "identificado por|registado por|registrado por|levantado por|aberto por|"
        "criado por"),
    "raid: due_date": (
        "prazo|prazo da acao|prazo de resolucao|prazo limite|data limite|data prevista|"
        "data alvo|data de vencimento|vencimento|data compromisso|prazo previsto|"
        "data prevista de conclusao|prazo final"),
    "raid: closed_date": (
        "data de conclusao|data conclusao|data de fecho|data de encerramento|"
        "concluido em|encerrado em|fechado em|data efetiva|data de resolucao|data realizada|"
        "data de execucao"),
    "raid: review_date": "ultima atualizacao|data da ultima atualizacao|ultima revisao|data de revisao",
    "raid: notes": "observacao|comentarios|comentario|notas|ponto de situacao",
    "risk,issue,lesson: category": (
        "categoria do risco|tipo de risco|classificacao|fonte do risco|area|eixo|"
        "frente de trabalho|area tematica"),
    "risk: probability": "probabilidade de ocorrencia|nivel de probabilidade|prob",
    "risk,issue,assumption,dependency: impact": (
        "consequencia|consequencias|nivel de impacto|grau de impacto|severidade"),
    "risk: response": (
        "estrategia|estrategia de resposta|tipo de resposta|resposta ao risco|tratamento"),
    "risk: response_actions": (
        "plano de resposta|plano de acao|acoes planejadas|acoes previstas|"
        "medidas de mitigacao|medidas|plano de tratamento|acoes de tratamento|controles"),
    "risk: contingency": "plano de contingencia|contingencia|plano b",
    "risk: trigger": "gatilho|sinal de alerta|alerta",
    "risk: trend": "tendencia|evolucao",
    "risk,issue: impact_cost": (
        "exposicao financeira|exposicao|impacto financeiro estimado|valor estimado|"
        "impacto em custo|impacto no orcamento|valor do impacto|perda estimada"),
    "lesson: causes": "causa|causas|causa raiz|causa principal",
    "issue: resolution": (
        "solucao|solucao adotada|resolucao|forma de resolucao|acao corretiva|acoes corretivas|"
        "tratativa|encaminhamento|anotacoes de resolucao|notas de resolucao"),
    "issue,decision: decided_by": (
        "decidido por|aprovado por|decisor|instancia decisoria|orgao decisor|quem decidiu|"
        "tomada por|tomado por|decidida por"),
    "issue,decision,change_request: decision_date": (
        "data da decisao|data de aprovacao|data aprovacao|data de deliberacao|data decisao"),
    "change_request: decision": (
        "parecer|parecer do comite|deliberacao|decisao do comite|decisao ccm|decisao do ccm|"
        "decisao comite"),
    "change_request: impact_scope": "impacto escopo|impacto no escopo|impacto de escopo",
    "change_request: impact_cost": "impacto custo|impacto no custo|impacto de custo|valor proposto|valor estimado|valor da alteracao|valor do pedido",
    "dependency,decision: rationale": "justificativa|justificacao|fundamentacao|motivo|razao|motivacao",
    "decision,change_request: options": "opcoes|opcoes consideradas|alternativas|alternativas avaliadas",
    "decision: decision": "decisao tomada|deliberacao|decisao final",
    "decision: impact_summary": "impacto|impactos|implicacoes|impacto da decisao",
    "decision: raised_by": "proposto por|proposta de|proponente",
    "change_request: title": "titulo da mudanca|mudanca solicitada|alteracao solicitada",
    "change_request: cr_type": (
        "tipo de mudanca|tipo de alteracao|tipo de pedido|tipo|tipo da mudanca|"
        "categoria da mudanca"),
    "change_request: requester": "requisitante|solicitante|pedido por",
    "change_request: impact_schedule_days": (
        "impacto no prazo dias|atraso dias|dias de atraso|impacto em prazo|"
        "impacto em prazo dias|impacto no cronograma dias"),
    "change_request: implemented_date": "data de implementacao|implementado em",
    "dependency: counterparty": (
        "depende de|entidade|entidade externa|fornecedor|parte interessada|area fornecedora|"
        "projeto relacionado"),
    "dependency: need_by_date": "data necessaria|necessario ate|data requerida",
    "dependency: committed_date": "data comprometida|data acordada|data prometida",
    "lesson: event": (
        "o que aconteceu|descricao do evento|situacao|licao aprendida|licoes aprendidas|"
        "descricao da licao|o que correu bem|o que correu mal|o que deu certo|"
        "o que deu errado|o que pode melhorar"),
    "lesson: recommendations": "recomendacao|recomendacoes|acao recomendada|sugestao|sugestoes",
    "lesson: effect": "efeito|impacto no projeto|consequencia|impacto",
    "lesson: logged_by": "registado por|registrado por|autor",
    "lesson: owner": "responsavel|dono|responsavel pelo seguimento",
    "lesson: date_logged": "data|data de registo|data de registro",
    # -- plans (and MS Project in Portuguese) -----------------------------------------------
    "milestone: name": "marco|marcos|nome do marco|descricao do marco|entrega|entregavel",
    "milestone: baseline_date": (
        "data de referencia|data da linha de base|data planejada|data planeada|data original|"
        "data contratual|linha de base|baseline"),
    "milestone: forecast_date": (
        "data prevista|data estimada|data projetada|data revista|data revisada|nova data|"
        "data reprogramada|previsao|previsto|tendencia"),
    "milestone: actual_date": (
        "data real|data efetiva|data de conclusao|concluido em|data realizada|realizado|real"),
    "milestone: critical": "critico|marco critico|caminho critico",
    "task: name": "nome da tarefa|tarefa|atividade|nome da atividade|descricao da atividade",
    "task: start_forecast": "inicio|data de inicio|data inicio|inicio mais cedo|inicio cedo|inicio planejado",
    "task: finish_forecast": (
        "termino|fim|data de fim|data de termino|data de conclusao prevista|prazo|"
        "data limite|data de vencimento|data de entrega|termino mais cedo|termino cedo|termino planejado"),
    "task: start_baseline": "inicio da linha de base|inicio previsto",
    "task: finish_baseline": "termino da linha de base|fim da linha de base|termino previsto",
    "task: start_actual": "inicio real|inicio efetivo",
    "task: finish_actual": "termino real|fim real|conclusao real",
    "task: duration_days": "duracao|duracao dias|dias uteis|prazo dias|duracao original|duracao remanescente|duracao planejada",
    "task: predecessors": "predecessoras|predecessores|antecessoras|dependencias",
    "task: resources": "nomes dos recursos|recursos|recursos atribuidos",
    "task: outline_level": "nivel da estrutura de topicos|nivel|nivel hierarquico",
    "task: is_milestone": "marco",
    "task: is_summary": "resumo|tarefa resumo",
    "task: critical": "critica|caminho critico",
    "task: wbs": "edt|eap|wbs",
    # -- money, people ----------------------------------------------------------------
    "financial: category": (
        "rubrica|rubrica orcamental|rubrica orcamentaria|categoria|natureza da despesa|"
        "elemento de despesa|centro de custo|conta|item|linha orcamental|tipo de despesa"),
    "financial: planned": "orcado|orcamento|previsto|planejado|planeado|dotacao",
    "financial: actual": "realizado|executado|gasto|despesa realizada|pago|liquidado",
    "financial: forecast": "previsao|projecao|estimativa|reprevisao|tendencia|real tendencia|tendencia final",
    "resource: name": (
        "nome|nome completo|colaborador|colaboradora|funcionario|recurso|pessoa|membro da equipe|"
        "membro da equipa|profissional"),
    "allocation: resource_id": "colaborador|funcionario|recurso|pessoa|profissional|nome",
    "resource,allocation: role_id": "funcao|cargo|papel|perfil",
    "resource: team": "equipe|equipa|area|departamento|unidade|setor",
    "resource: cost_rate": (
        "custo hora|custo diario|valor hora|valor dia|taxa diaria|taxa horaria|custo dia|"
        "custo por dia|custo por hora"),
    "resource: fte": "dedicacao|pct dedicacao|alocacao|fte contratual|fte contratado|etc contratual",
    "resource: manager": "gestor direto|chefia|superior hierarquico|gestor",
    "resource: email": "email|e mail|correio eletronico",
    "allocation: hours": "horas|horas alocadas|horas previstas|dias pessoa",
    "change_request: recommendation": "parecer|parecer do pmo|parecer tecnico|recomendacao",
    "task: ref": "id da atividade|codigo da atividade|id atividade",
    "task: status": "status da atividade|situacao da atividade",
    "task: pct_complete": "porcentagem concluida|porcentagem concluida da atividade|pct concluida da atividade",
    "project: location": "concelho|municipio|distrito|freguesia",
}

# The Portuguese names of the kinds of record, for sheet names and titles.
ENTITY_WORDS: dict[str, tuple[str, ...]] = {
    "project": ("carteira", "carteira de projetos", "portfolio de projetos", "portfolio"),
    "risk": ("matriz de riscos", "registro de riscos", "registo de riscos",
             "planilha de riscos", "mapa de riscos", "gestao de riscos"),
    "issue": ("registro de problemas", "registo de problemas", "questoes", "problemas",
              "registo de questoes", "ocorrencias"),
    "assumption": ("premissas", "pressupostos", "registo de pressupostos"),
    "dependency": ("dependencias", "registo de dependencias", "registro de dependencias"),
    "decision": ("registro de decisoes", "registo de decisoes", "decisoes", "deliberacoes"),
    "action": ("registro de acoes", "registo de acoes", "acoes", "plano de acoes",
               "acoes em aberto", "pendencias", "encaminhamentos"),
    "change_request": ("controle de mudancas", "registro de mudancas", "registo de alteracoes",
                       "pedidos de mudanca", "alteracoes", "mudancas"),
    "lesson": ("licoes aprendidas", "registro de licoes aprendidas", "registo de licoes aprendidas",
               "licoes", "licao", "licao aprendida"),
    "milestone": ("marcos", "plano de marcos", "marcos do projeto"),
    "task": ("cronograma", "calendarizacao", "plano de trabalho", "tarefas", "atividades"),
    "financial": ("controle orcamentario", "acompanhamento orcamental", "execucao orcamental",
                  "execucao financeira", "orcamento", "custos", "despesas"),
    "resource": ("recursos", "equipe", "equipa", "colaboradores"),
    "allocation": ("alocacao de recursos", "alocacao", "alocacoes", "planeamento de recursos",
                   "planejamento de recursos"),
}
